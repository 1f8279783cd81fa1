"""Document styles of set LD: surgery and the surgical specialties, as surgeons, residents and surgical
nurses write them. ``{key}`` placeholders are filled from ``values``; a typed value is a gold span."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "sd_gen_surg_consult": (
        """GENERAL SURGERY CONSULT NOTE
Pt: {pt_name_lf}    MRN {mrn}    DOB {dob}    FIN {fin}
Loc: {unit_ward} Rm {room}-{bed}     Consult date/time: {adm_dt}
Requesting: Dr. {ref_name} (hospitalist)    Consultant: {surg_name}, MD

Reason for consult: RUQ pain, ?cholecystitis.

HPI: {pt_first} is a {pt_age} y/o who presented to the ED at {facility} with 2 days of RUQ pain after a fatty
meal. Positive Murphy's sign. No prior abdominal surgery other than a C-section in {year}. Lives at {addr},
{city}, {state} with {pt_her} partner {nok_name} (cell {nok_phone}), who drove {pt_him} in.

Vitals: T {temp} HR {hr} BP {bp} RR {rr} SpO2 {spo2} RA.  BMI {bmi}.
Labs: WBC {wbc} (ref 4.0-11.0), Hgb {hgb}, Plt {plt}, Cr {cr}, lactate {lac}; LOINC {loinc} pending.
US: distended GB, 4 mm wall, pericholecystic fluid, CBD 5 mm.

A/P: acute calculous cholecystitis (K80.00). {asa}. Plan {proc_gen} (CPT {cpt_gen}) tomorrow AM, NPO after MN,
{abx}, {dvt}. Discussed with {role}. Will follow.

{surg_name}, MD  pager {pager}   {adm}
""",
        """Surgery consult - acute care surgery
Patient {pt_caps}  |  Age: {age_old}  |  MRN: {mrn}  |  Acct {acct}
Seen {d1_dt} at the request of {ref_init} (medicine).

{age_old}-year-old from {city}, lives alone on {addr} ({hood}); {nok_child} {nok_name} is HCP, reach at
{nok_phone}. Presents with SBO: 3 days obstipation, bilious emesis x4, prior open appy ({year}).
CT: transition point RLQ, no pneumatosis, small-volume ascites.
Exam: distended, mildly tender, no peritonitis, no hernias. Lactate {lac}. Cr {cr}. K {k}.
Frailty discussed. {asa}; Caprini {caprini}.

Plan: NGT to LIWS, NPO, IVF {ivf}, gastrografin challenge at {time1}; if no contrast in colon by 24 h
-> {proc_gen}. Goals-of-care talk with {nok_first} and PCP Dr. {pcp_last} scheduled {d2_short}.
-- {res_name}, MD PGY-3 for Dr. {surg_last}
""",
        """surg c/s
{pt_name} / {mrn} / {dob_us}
Called by ED ({ref_name}, MD) re: perirectal abscess. Pt is a {pt_age} yo {pt_sex}, 5d of pain, fever {tempf}F.
Lives in {city} ({county}). Works at a warehouse, EE ID {emp_id} (for work note).
Exam: 4x3 cm fluctuant L posterolateral abscess, no crepitus. WBC {wbc}, glucose {glu}, A1c {a1c}.
Plan: {proc_gen} at bedside vs OR tonight; {abx}. Fax op note to PCP Dr {pcp_name}, fax {ref_fax}.
-{surg_init} {adm}
""",
    ),
    "sd_preop_hp": (
        """PRE-OPERATIVE HISTORY & PHYSICAL
Name: {pt_name_lf}            DOB: {dob}       Sex: {pt_sex}
MRN: {mrn}    Visit/FIN: {fin}    Insurance: {payer}, member ID {member_id}, grp {group_no}
Address: {addr}, {unit}, {city}, {state} {zip}    Home {pt_phone}   Cell {pt_cell}
SSN on face sheet: {ssn}
Identity verified at registration by palm-vein scan (template {bio_palm}).

Planned procedure: {proc_hernia} with {mesh}     Date of surgery: {dos}     Surgeon: {surg_name}, MD
PMH: HTN, OSA on CPAP, T2DM (A1c {a1c}). PSH: Nissen fundoplication in {year}.
Meds: lisinopril 20 mg daily, metformin 1,000 mg BID (hold AM of surgery).
Allergies: PCN (hives).
Exam: BP {bp}, HR {hr}, BMI {bmi}; Mallampati {mallampati}. Reducible 4 cm defect.
Labs: Hgb {hgb}, Cr {cr}, K {k}, glucose {glu}.
Assessment: {asa}. Caprini {caprini}. Cleared for surgery.

Electronically signed: {pa_name}, PA-C for {surg_init}   {ref_date}
""",
        """H&P (UPDATE WITHIN 30 DAYS)  --  {facility}
PATIENT: {pt_caps}   MR#: {mrn}   DOB: {dob_us}   AGE: {pt_age}
INS: MEDICARE MBI {mbi}; SECONDARY MEDICAID {medicaid}
SS#: {ssn}
HOME: {addr_caps}, {city_caps} {state} {zip}   PH: {pt_phone}
EMERGENCY CONTACT: {nok_caps} ({nok_CHILD}) {nok_phone}
PALM SCAN ID {bio_palm} MATCHED AT CHECK-IN {clock}

Procedure: {proc_spine}, scheduled {dos}.
Interval change since H&P of {ref_date}: none. Pt reports no fevers. Holding apixaban since {d_prior_short}
per protocol ({policy}). Plts {plt}, INR {inr}.
{asa}, ECOG {ecog}. Consent on chart ({form}).
{surg_caps} MD / NPI {npi}
""",
    ),
    "sd_operative_report": (
        """OPERATIVE REPORT
Patient: {pt_name_lf}      MRN: {mrn}      Account: {fin}
Date of operation: {dos_long}          Location: {facility}, {or_room}
Surgeon: {surg_name}, MD (NPI {npi})     Assistant: {res_name}, MD (PGY-4)
Anesthesia: general ETT, {anes_name}, MD     Circulator: {circ_name}, RN   Scrub: {scrub_first}

Preoperative diagnosis: symptomatic cholelithiasis (K80.20)
Postoperative diagnosis: same, with acute cholecystitis
Procedure: laparoscopic cholecystectomy (CPT 47562)
EBL: {ebl}. Fluids: {ivf}. UOP: {uop}. Specimens: gallbladder to pathology (accession {specimen}).
Drains: none. Complications: none. Wound class: {wclass}.

Indications: {pt_first} is a {pt_age}-year-old with recurrent biliary colic ...
Description: Patient identified by name and DOB ({dob}) in holding. {abx} given at {time1}. Supine,
Hasson technique at umbilicus, 5 mm ports x3. Critical view of safety obtained in Calot's triangle; cystic duct
and artery clipped and divided. {hemostat} used for hemostasis. Fascia closed with {suture}, skin {suture2}.
Counts correct x2. Patient to PACU extubated, stable.

I was present and scrubbed for the entire procedure. -- {surg_init}, MD   {dos_dt}
""",
        """OP NOTE - VENTRAL HERNIA / MESH
{pt_caps} * MRN {mrn} * DOS {dos} * FIN {fin}
Attending {surg_caps}; assist {fellow_name} (fellow), {pa_init} PA-C
Anesthesiologist: Dr {anes_last}     {asa}
PROCEDURE: {proc_hernia}, CPT {cpt_hernia}
FINDINGS: 7 x 9 cm swiss-cheese defect, incarcerated omentum, no bowel compromise.
IMPLANT: {mesh}, {model}; SN {dev_sn}, UDI {udi}
  (tacker {tacker}, {stock_lot} - stock, not implanted record)
Closure: {suture} running, {suture2} skin. EBL {ebl}. Wound class {wclass}. Drains: {drain1}.
Dispo: {unit_ward}, {dvt}. Pt's {nok_spouse} {nok_first} updated by phone ({nok_phone}) at {clock}.
Dictated by {res_name} for {surg_name} on {dos_dt}; job # {time2}.
""",
        """OPERATIVE NOTE (transcribed)

PATIENT NAME:  {pt_caps_full}
DATE OF BIRTH:  {dob}
MEDICAL RECORD NUMBER:  {mrn}
DATE OF PROCEDURE:  {dos}
SURGEON:  {surg_caps}
ASSISTANT:  {res_caps}
PROCEDURE:  {proc_crs}.
SPECIMEN:  Rectosigmoid, stitch marks proximal margin, to pathology as {specimen} and
{specimen2} (donuts).
ESTIMATED BLOOD LOSS:  {ebl}.  COMPLICATIONS:  None apparent.  {clav} expected course n/a.

The patient was brought to {or_room} at {facility} and placed in lithotomy. After
{abx} and a timeout, a lower midline incision was made ... the anastomosis was fashioned with a 29 mm EEA
stapler ({stock_lot}); leak test negative. A {fr} drain was left in the pelvis. The loop ileostomy was
matured with {suture}.

{surg_name}, M.D.  D: {dos_short}  T: {d1}  ({emp_id} transcriptionist ID)
""",
    ),
    "sd_brief_op_note": (
        """BRIEF OP NOTE  {dos_dt}
Pt {pt_name} MRN {mrn} Enc {enc}
Pre/Post dx: {icd} / same (see path)
Proc: {proc_gen}
Surgeon: {surg_name}  Asst: {res_init}
Anes: GETA ({anes_last})   {asa}
EBL {ebl}  IVF {ivf}  UOP {uop}
Specimen: to path ({specimen})
Drains: none   Implants: none
Findings: inflamed, localized purulence; {wclass}
Complications: none
Dispo: PACU -> floor ({unit_ward} {room})
Narcotic waste witnessed {circ_name} RN; Pyxis override by fingerprint {bio_fp}.
""",
        """Brief operative note
Date: {dos}    Patient: {pt_name_lf} ({mrn})
Surgeons: {surg_init} / {fellow_init}
Procedure: {proc_vasc}; CPT {cpt_vasc}
Implant: stent graft {model}, serial {dev_sn2}, lot {dev_lot}
Anesthesia: MAC + local (Dr. {anes_name})
EBL: {ebl}; contrast 62 mL; fluoro 14.2 min
Findings: palpable DP at end of case; ABI {abi} pre.
Specimens: none. Drains: none.
Condition: stable to PACU. Family ({nok_name}) in waiting area, updated {clock2}.
Acct {acct}
""",
    ),
    "sd_trauma_hp": (
        """TRAUMA HISTORY & PHYSICAL -- LEVEL I ACTIVATION
Arrival {adm_dt}   Trauma #{trauma_reg}   MRN {mrn} (temp name at arrival: TRAUMA, ZULU-{room})
Identified later as {pt_name_lf}, DOB {dob}, via driver's license {dl} found in wallet.
SSN {ssn} provided by {nok_sib} {nok_name} ({nok_phone}) at {clock}.

Mechanism: restrained driver, MVC vs tree at ~45 mph on {scene_addr}, {city}; prolonged extrication.
Police on scene: report # {police}; vehicle plate {plate}, VIN {vin} per tow sheet.
EMS: GCS {gcs} on scene, HR {hr}, BP {bp}, 2 x {gauge} IV, 1 L NS.

Primary: A patent, B equal BS, C HR {hr} BP {bp}, D GCS {gcs}, E abrasions L chest (seatbelt sign).
FAST: positive LUQ.  CXR: L 7-9 rib fx (S22.42XA).  Pelvis: no fx.
Labs: Hgb {hgb}, lactate {lac}, INR {inr}, EtOH 0.11.
Plan: to OR for ex lap, possible splenectomy (CPT 38100); MTP activated at {time2}; {abx}. TBSA n/a.
Trauma attending: {surg_name}, MD   Chief: {chief_name}   Scribe: {res_init}
""",
        """TRAUMA ACTIVATION NOTE (tier 2)
{pt_caps} | MRN {mrn} | FIN {fin} | DOB {dob_us}
Arrived by private vehicle ({nok_first}'s truck, lic. plate {plate}) to {facility} ED at {clock2} on {adm}.
Motorcycle crash, helmeted, ~30 mph, on {scene_addr} near {hood}. Police case {police}.
Pt's own bike: VIN {vin}.  DL {dl} ({state}).  SSN {ssn} per registration.
Secondary: R clavicle deformity, L knee abrasion, GCS {gcs}. No midline TTP.
CT pan-scan: grade II splenic lac, R clavicle fx, no ICH.
Admit {unit_ward} for serial exams, Hgb q6h (last {hgb}). NPO. {dvt} hold x 24 h.
{surg_name} (attending) / {res_name} (PGY-2)
""",
    ),
    "sd_acs_progress": (
        """ACS PROGRESS NOTE - HD {hd} / POD {pod}
{pt_name_lf}   MRN {mrn}   Enc {enc}   {unit_ward} bed {bed}
S: {pt_first} ambulated x3, +flatus, no BM. Pain {pain}/10 on {analg}.
O: Tmax {temp} HR {hr} BP {bp} SpO2 {spo2}. I/O: {ivf} / UOP {uop}. {drain1}.
   Incision c/d/i, staples in place. Abd soft, appropriately tender.
   Labs: WBC {wbc}, Hgb {hgb}, Cr {cr}, K {k}, Mg 1.9, Phos 2.8.
A/P: s/p {proc_gen} on {dos_short} ({icd}). {clav} (ileus, NGT replaced {d1_short}).
 - advance to clears; d/c Foley; {dvt}
 - SW: pt lives at {addr}, {city}; needs ride home, {nok_nibling} {nok_name} ({nok_phone}) can pick up
   {dc_short}.
{res_name} MD / seen & agreed {surg_init}
""",
        """Acute Care Surgery daily note
{d2}  {pt_caps}  Age {age_old}  MRN {mrn}
Interval: transferred from {facility2} ({mrn2} there) on {adm} with necrotizing pancreatitis. Now HD {hd}.
Vitals stable, HR {hr}, MAP 72. Lactate {lac} -> 1.4. TPN day 4. Perc drain ({drain1}).
Family meeting with {nok_child} {nok_name} and {nok2_grand} {nok2_first} re: {age_old_words}-year-old's goals;
remains full code. Palliative following.
Plan: repeat CT {d3_short}; IR to upsize drain; {abx}.
-- {np_name}, NP, ACS service (cosign {surg_name})
""",
    ),
    "sd_trauma_tertiary": (
        """TERTIARY TRAUMA SURVEY  (within 24 h)
Name: {pt_name_lf}   Age: {age_old}   MRN: {mrn}   Trauma reg: {trauma_reg}
Injury date/time: {d1_dt}    Mechanism: ground-level fall at home ({addr}, {city})
New findings since primary/secondary: L 5th metacarpal tenderness -> XR neg; facial abrasions.
Full-face photographs taken for documentation of facial lacerations: {photo_file}, {photo_id}.
Injuries: R subdural 6 mm (NSGY following, GCS {gcs}), L hip fx ({icd}).
Meds reviewed: warfarin reversed with 4F-PCC ({ndc}); INR {inr}.
Tertiary completed by {res_name}, MD on {d2}; attending {surg_name}.
""",
        """TERTIARY SURVEY -- trauma service
{pt_caps}  MRN {mrn}  FIN {fin}  HD {hd}
MVC {adm}; ejected passenger. Vehicle (plate {plate}) registered to driver {nok_name}.
Head-to-toe: R ear laceration repaired {suture}; no new injuries. Spine cleared clinically.
Photo documentation (face, AP and lateral) uploaded as {photo_id} -> media tab.
Missed-injury check complete. Case mgr: {coord_name} re: home in {county}, {zip}.
{res_init} / {surg_init}  {d2_dt}
""",
    ),
    "sd_burn_flowsheet": (
        """BURN ICU FLOWSHEET -- {pt_caps} -- MRN {mrn} -- FIN {fin} -- Burn reg {burn_reg}
Admit {adm_dt}  Wt {wt}  TBSA {tbsa} (FT {tbsa_ft})  per Lund-Browder
Mechanism: house fire at {addr}, {city} ({county}); inhalation injury suspected.
Resuscitation: Parkland 4 mL/kg/%TBSA; LR rate titrated to UOP.

TIME | LR mL/h | UOP mL | MAP | Temp | RN
{time1} | 850 | 45 | 66 | {temp} | {rn_first}
{time2} | 900 | 38 | 64 | {temp} | {rn_first}
{time3} | 950 | 52 | 70 | 37.9 | {rn_init}
{time4} | 925 | 61 | 71 | 38.0 | {rn_init}

Face/neck: partial thickness; full-face photo series {photo_file} saved to burn media ({photo_id}).
Dressings: {dressing} to chest, bacitracin to face. Tetanus given.
{nok_Parent} {nok_name} at bedside; phone {nok_phone}.
""",
        """BURN UNIT NURSING FLOWSHEET  {d1}
Patient: {pt_name_lf}   MRN: {mrn}   DOB: {dob}   Room: {room}
TBSA {tbsa}, mech: vehicle fire, car (plate {plate}) caught fire after collision on {scene_addr}.
Hourly: HR {hr} BP {bp} T {temp} UOP {uop}/shift; albumin 5% at 50 mL/h from hr 12.
Wound care {clock}: silver sulfadiazine to legs; {dressing2} to hands.
Face: clinical full-face photos {photo_file} for graft planning.
Pain: {analg}; pre-dressing {analg2}.
Signed {rn_name}, RN  lic {rn_lic}
""",
    ),
    "sd_burn_graft_log": (
        """SKIN GRAFT LOG -- BURN SURGERY
Pt {pt_name_lf}  MRN {mrn}  Burn reg {burn_reg}  TBSA {tbsa}
Date      | Site                 | Donor    | Thickness | Mesh        | Take
{dos_iso} | L forearm/hand 2%    | L thigh  | {derm}    | {graft_ratio} | --
{d3_iso} | R lower leg 4%       | R thigh  | {derm}    | {graft_ratio} | {take}
{d5_iso} | chest 6% (allograft) | n/a      | n/a       | 1.5:1       | {take}
Dermatome: Zimmer; {stock_lot}. Fibrin sealant {sealant}, {stock_lot2}.
Integra sheet implanted: serial {dev_sn}, lot {dev_lot}.
Surgeon: {surg_name}  Fellow: {fellow_name}  Photos of face donor planning: {photo_id}
""",
        """graft check POD {pod} -- {pt_name}, {mrn}
Seen {d2} with {woc_name} RN. Graft {take} adherent, small shear area posterior calf.
Donor site {dressing} intact. NPWT {vac_p} over graft, pump SN {pump_sn}, d/c {d4_short}.
Plan: OR {d5_short} for regraft; consent with parent {nok_first} ({nok_phone}).
{fellow_init} for {surg_init}
""",
    ),
    "sd_neurosurg_clinic": (
        """NEUROSURGERY CLINIC NOTE
Patient: {pt_name}   DOB: {dob}   MRN: {mrn}   Visit: {fu}
Referring: {ref_name}, MD, {facility2}, fax {ref_fax}

{pt_first} returns {pod} weeks after VP shunt placement for NPH (CPT 62223) on {dos}. Gait improved.
Patient-identification full-face photograph on file as {photo_file}.
Shunt valve {model}, serial {dev_sn}; setting 1.5 confirmed by X-ray.
Exam: GCS 15, strength 5/5, incision healed.
MRI {d_prior}: 1.2 cm residual enhancement, stable.
Plan: MRI in 3 mo; return {fu_short}. Drive restriction discussed (DL {dl} - DMV form 47 signed).
{surg_name}, MD, Neurosurgery   {clinic_phone}
""",
        """NSGY outpatient -- spine
{pt_name_lf} | {age} y | MRN {mrn} | Ins {member_id}
CC: L leg pain, L5 distribution, since fall on {d_prior_short}.
MRI: L4-5 extrusion. Failed 8 wk PT, 2 ESI (62323).
Offered L4-L5 microdiscectomy (63030); risks incl. durotomy 3-5%, recurrence ~10%.
Pt will think it over; {nok_spouse} {nok_first} prefers surgery after {fu_short} (school calendar).
Return PRN or email {surg_email}.  -- {surg_init}
""",
    ),
    "sd_spine_postop": (
        """SPINE POST-OP VISIT ({pod} wk)
{pt_caps}  MRN {mrn}  DOS {dos}  Procedure: L4-L5 TLIF (CPT 22630, 22840)
Implants (from op record): pedicle screws {model} x6; rods 5.5 mm Ti; interbody cage SN {dev_sn2}.
Bone stimulator serial {dev_sn}, started {d3}.
Pain {pain}/10, off oxycodone since {d4_short}. Incision healed.
XR: hardware intact, no subsidence. Oswestry 28% (was 54%).
Work: county roads dept, FMLA thru {fu_short}; no lifting > 20 lb.
{pa_name}, PA-C / {surg_name}, MD   NPI {npi}
""",
        """Spine clinic - post op check
Pt {pt_name} ({mrn})  Seen {fu}
Hx: MVC {d_prior} (pickup truck, plate {plate}), L1 burst fx -> T12-L2 posterior instrumented fusion at {facility} on {dos}.
Doing well. Brace until {fu_short}. DVT ppx completed.
Disability paperwork: claim # {claim}.
F/u 6 wk with standing films. -- {np_name}, NP
""",
    ),
    "sd_vascular_consult": (
        """VASCULAR SURGERY CONSULTATION
{pt_name_lf}   Age {age_old}   MRN {mrn}   {d1}
Requested by {ref_name}, MD (podiatry) for L great toe gangrene.
HPI: {age_old}-year-old nursing home resident ({facility2}, {city3}); rest pain x 2 mo.
ABI L {abi}, R 0.81. TBI 0.22. Duplex: SFA occlusion, reconstitutes AK pop.
Assessment: CLTI, Rutherford 5 ({icd}).
Discussed {proc_vasc} vs primary amputation with pt and {nok_child} {nok_name} (POA, {nok_phone}).
Plan: angiogram {d2_short}; {dvt}; ASA 81 + statin. Wound care consult.
-- {fellow_name}, MD (vascular fellow) / {surg_name}, MD
""",
        """Vascular surgery new patient
Name {pt_name} | DOB {dob_us} | MRN {mrn} | Acct {acct}
Ref: Dr. {ref_last}, {ref_addr}, {city2} {ref_zip}; ph {ref_phone}
Asymptomatic 80-99% L ICA stenosis on duplex {ref_date}. Hx Graves' disease, HTN, {pt_age} yo.
Plan: left carotid endarterectomy with patch (35301). {asa}. Pre-op CTA. Stop clopidogrel? no - continue.
Letter cc'd to Dr. {ref_last} via fax {ref_fax}.
{surg_name}, MD FACS  lic {st_lic}
""",
    ),
    "sd_npwt_note": (
        """NPWT / WOUND VAC NOTE
Patient: {pt_name_lf}   MRN: {mrn}   Loc: {unit_ward}-{room}
Date: {d2}  Wound: midline laparotomy dehiscence, {size_cm2} x 3 cm deep, {wclass}
Dressing change: old {foam} removed x2 pieces (count verified), wound bed 80% beefy red granulation.
New dressing: {foam}, {vac_p} continuous. Canister {ml} mL serosanguinous.
Device: 3M V.A.C. Ultra, serial {pump_sn} (patient's rental unit), {stock_lot} foam kit (stock).
Pre-medicated {analg}.  Pain {pain}/10.
Next change {d4_short}. Discharge VAC order via DME, auth {prior_auth}.
{woc_name}, RN CWOCN   {clinic_phone}
""",
        """Wound vac change (home health visit)
{pt_caps} / {mrn} / {addr}, {unit}, {city} {zip}
Visit {d3}. Portable NPWT, SN {pump_sn}. Alarm x2 overnight (leak at groin) per pt's {nok_spouse} {nok_first}.
Measurements: {size_cm2}, depth 1.1 cm, tunneling 2 cm at 12 o'clock.
Photos uploaded for surgeon review: {url_photo}
Next visit {d5_short}. Surgeon Dr {surg_last} office {clinic_phone}, fax {clinic_fax}.
-- {rn_name} RN
""",
    ),
    "sd_colorectal_fu": (
        """COLON AND RECTAL SURGERY - DICTATED NOTE - VERIFIED
PATIENT: {pt_caps_full}     MRN: {mrn}     DOB: {dob_us}     DATE OF SERVICE: {fu}
REFERRING: {ref_caps}, {facility2}
THE PATIENT IS A {pt_age}-YEAR-OLD WITH CROHN DISEASE WHO UNDERWENT {proc_crs} ON {dos}. {pt_SHE}
REPORTS {ostomy_out} OF OUTPUT DAILY. WEIGHT {wt}. CRP 4.1. ALBUMIN {alb}.
PLAN: CONTINUE USTEKINUMAB PER GI; RETURN {fu_short}. {nok_CHILD} {nok_caps} (PHONE {nok_phone})
WILL BRING {pt_HER_obj}. ADDRESS ON FILE {addr_caps}, {city_caps} {zip}.
DICTATED BY: {surg_caps}   TRANSCRIBED: {d1}   JOB {time3}
""",
        """COLORECTAL SURGERY FOLLOW-UP
{pt_name}    DOB {dob}    MRN {mrn}    Visit {fu}
s/p {proc_crs} {dos} for {tnm} adenocarcinoma, nodes {nodes}, margins neg ({margin}).
CEA {cea} (ULN 3.0). Ileostomy output {ostomy_out}/day on loperamide 4 mg QID.
Tumor board {d1_short}: adjuvant FOLFOX, med onc Dr. {ref_name} at {facility2}.
Plan: pouchogram, then ileostomy takedown after chemo, tentatively {fu_short}.
Pt asks for letter for employer; EE# {emp_id}.
{surg_name}, MD, Colon & Rectal Surgery
""",
        """CRS clinic -- return visit
{pt_name_lf} ({age} y) MRN {mrn}; PCP {pcp_name}
Seen {fu} via video, link {url_tele}, pt at home in {city} (IP logged {ip}).
Hartmann's reversal discussed; colonoscopy via stump {d_prior_short} clear.
Weight {wt_lb}, BMI {bmi}. Hernia at stoma site, 3 cm.
Plan: {proc_crs} + parastomal hernia repair with {mesh}, CPT {cpt_crs} + {cpt_hernia}.
Ins auth ref {prior_auth}. {surg_init}
""",
    ),
    "sd_ostomy_visit": (
        """OSTOMY NURSE / STOMA REVIEW
Nom: {pt_name_lf}   Date de naissance: {dob}   No dossier: {mrn}
Visite: {d2}   Infirmiere stomatherapeute: {woc_name}
Stoma: ileostomie, {stoma}, legerement retractee; peau peristomiale rouge a 6 h.
Debit: {ostomy_out}/24 h. Appareillage convexe, anneau Eakin.
Fille: {nok_first}, tel. {nok_phone}. Domicile: {addr}, {city} {zip}.
Prochain rendez-vous: {fu}.
""",
        """WOC NURSE OSTOMY VISIT
{pt_name_lf}  MRN {mrn}  {unit_ward} Rm {room}  Date {d1}
New end colostomy (POD {pod}). Stoma {stoma} round, budded 1.5 cm, pink/moist. Output pasty, {ostomy_out}.
Peristomal skin intact. Pouch: 2-pc, cut-to-fit 1 3/4 in, Eakin barrier ring.
Teaching: pt and {nok_child} {nok_first} emptied pouch independently x2.
Supplies: order to Edgepark (DME); ship to {addr}, {city}, {state} {zip}. Pt phone {pt_phone}.
Follow-up outpatient ostomy clinic {fu}. -- {woc_name}, BSN, RN, CWOCN
""",
        """ostomy clinic f/u {fu}
pt: {pt_name} / mrn {mrn} / ileostomy since {dos_short}
high output {ostomy_out}/24h; Cr {cr}; started Imodium + psyllium.
skin: MASD 3 o'clock, crusting technique, convex pouch.
Medicaid {medicaid} covers 20 pouches/mo.
rtc 2 wk. called pt's cell {pt_cell} to confirm. -{woc_init}
""",
    ),
    "sd_breast_letter": (
        """{facility} Breast Surgery
{clinic_addr}, {clinic_suite}  *  {city2}, {state} {clinic_zip}  *  Tel {clinic_phone}  *  Fax {clinic_fax}

{letter_date}

{ref_name}, MD
{ref_addr}
{city2}, {state} {ref_zip}

Re: {pt_name}, DOB {dob}, MRN {mrn}

Dear Dr. {ref_last},

Thank you for referring {pt_title} {pt_last}, a {pt_age}-year-old with a screen-detected 1.1 cm mass in the left
breast, 2 o'clock. Core biopsy ({specimen}, {d_prior}) showed IDC grade 2, ER+/PR+/HER2-, Ki-67 {ki67}.
We performed a left skin-sparing mastectomy with sentinel node biopsy and immediate
tissue expander (CPT 19303, 38525, 19357) on {dos}. Final pathology {tnm}, margins {margin}, sentinel nodes {nodes}.
Oncotype is pending. Radiation oncology will see {pt_him}; I will see {pt_him} on {fu2}.
The tissue expander (serial {dev_sn}) will be filled weekly by plastics.

Sincerely,
{surg_name}, MD, FACS       {surg_email}
""",
        """BREAST SURGERY CLINIC -- LETTER TO PATIENT
{letter_date}
{pt_name}
{addr}, {unit}
{city}, {state} {zip}

Dear {pt_first},
It was a pleasure to see you on {fu}. Your pathology from {dos} shows benign fibroadenoma; no further
surgery is needed. Your results are also in the portal: {url_portal}
Please call {clinic_phone} if you notice redness or drainage. Breast imaging in 6 months.
Warm regards, {surg_name}, MD  (dictated, not read; NPI {npi})
""",
    ),
    "sd_endocrine_letter": (
        """ENDOCRINE SURGERY -- CONSULTATION LETTER
{letter_date}
To: {ref_name}, MD (Endocrinology), fax {ref_fax}
Re: {pt_name_lf}  |  DOB {dob}  |  MRN {mrn}  |  Ins {member_id}

Dear {ref_first},
I saw {pt_first} today for Graves' disease refractory to methimazole (TSH {tsh}, TRAb 12). Full-face
photographs documenting proptosis were taken ({photo_file}) for ophthalmology. Planned {proc_endo} on
{dos}; SSKI for 10 days before. Risks: RLN injury ~1%, permanent hypoparathyroidism 1-2%.
{pt_She} lives in {city} and {pt_her} {nok_sib} {nok_name} will stay with {pt_him}. Calcium {ca}, PTH {pth}.
Best, {surg_name}, MD   direct {clinic_phone}
""",
        """Endocrine Surgery follow-up letter
Date: {fu}
Dr. {pcp_name}, {facility2}
RE: {pt_caps}, MRN {mrn}, DOB {dob_us}
{pt_first} underwent {proc_endo} on {dos}. Path ({specimen}): 2.1 cm papillary thyroid carcinoma,
classic, margins negative, 0/3 central nodes. Post-op PTH {pth}, Ca {ca}; on calcium carbonate 1,250 mg TID
x 2 wk. Levothyroxine 112 mcg. RAI not indicated per ATA low-risk criteria.
Voice normal; laryngoscopy {d3} mobile cords.
Questions: {surg_email} or fax {clinic_fax}.
{surg_name}, MD
""",
    ),
    "sd_hernia_fu": (
        """Hernia follow-up, dictated

{pt_name} returns today, {fu}, about six weeks after {proc_hernia} on {dos}. {pt_She} is doing well
overall and has gone back to work at the lumber yard; {pt_her} manager, {nok_name}, gave {pt_him} light duty
until {fu_short}. {pt_She} lives at {addr} in {city} and drove {pt_self} (note: pt asked us to
update the address to {unit} at the same building). Pain {pain}/10, using {analg} rarely. Exam:
incisions healed, no bulge with cough, mesh ({mesh}) not palpable. BMI {bmi}.
Plan: no restrictions after {fu_short}; return as needed. Copy to PCP {pcp_name}, fax {ref_fax}.
{surg_name}, MD
""",
        """HERNIA CLINIC -- POST-OP
{pt_name_lf}   {age_old} y   MRN {mrn}   seen {fu}
s/p {proc_hernia} {dos}, {mesh} ({model}), serial {dev_sn}.
Seroma 4 cm, not aspirated. No recurrence on Valsalva. Pain {pain}/10.
Lives with {nok_child} {nok_name} in {city}, who drives {pt_him} (still {age_old}, still mowing the lawn).
Plan: binder 2 more wk, no lifting > 15 lb until {fu_short}. RTC 3 mo.
{pa_init}, PA-C
""",
        """Hernia center f/u
Patient: {pt_name} | MRN: {mrn} | DOS: {dos}
Claim {claim} denied (mesh {hcpcs} bundled); appeal letter sent to {payer}, member {member_id}.
Exam: well healed incisions, {eponym} noted in chart. Numbness over ilioinguinal distribution improving.
PROMIS pain 42. Return {fu_short} or PRN. {surg_init}
""",
    ),
    "sd_bariatric_fu": (
        """BARIATRIC SURGERY FOLLOW-UP (not programme intake)
{pt_name}  DOB {dob}  MRN {mrn}  Visit {fu}
Check-in: kiosk palm-vein verification {bio_palm}.
s/p {proc_bari} {dos}. Wt {wt_lb} (pre-op 311 lb); BMI {bmi2} (was {bmi_pre}); EWL {ewl}.
A1c {a1c}, off insulin. Taking PPI, B12, multivitamin BID, calcium citrate.
Reflux mild. Tolerating protein 60-80 g/day.
Plan: labs at 6 mo; support group; RTC {fu_short}.
Insurance {payer} member {member_id}, grp {group_no}; subscriber SSN {ssn}; prior auth {prior_auth} for EGD.
{np_name}, NP  for {surg_name}, MD
""",
        """Bariatric telehealth visit
{pt_caps}  MRN {mrn}  SSN {ssn} (ins verification)
Video: {url_tele} from IP {ip}; identity confirmed by voiceprint {bio_voice}.
{dos_short} sleeve, now {pod} mo. Nausea resolved. Hair thinning, reassured.
Weight self-reported {wt_lb}. Wt loss {ewl} EWL.
Email follow-up to {pt_email}. Next: {fu}. -- {surg_init}
""",
    ),
    "sd_peds_parent_letter": (
        """Pediatric Surgery -- {facility}
{letter_date}

To the parents of {pt_name}
{nok_name} and {nok2_name}
{addr}
{city}, {state} {zip}

Dear {nok_first} and {nok2_first},
Thank you for trusting us with {pt_first}'s care. {pt_first} (born {dob_child}) had a {proc_peds} on {dos}
and went home {dc}. Steri-strips will fall off on their own. Children's acetaminophen per weight.
We took a full-face photo for the chart (photo record {photo_id}); you may decline future photos.
Upload wound pictures here if worried: {url_photo}
Follow-up: {fu2} at {clinic_phone}.

Estimados padres: la cita de seguimiento de {pt_first} es el {fu}. Fecha de nacimiento: {dob_child}.
Warmly, {surg_name}, MD, Pediatric Surgery
""",
        """PEDIATRIC SURGERY -- LETTER TO PARENT/GUARDIAN
Child: {pt_name_lf}   DOB: {dob_child}   MRN: {mrn}
Parent: {nok_name}   Phone {nok_phone}   Email {nok_email}

Dear {nok_first},
{pt_first}'s hemangioma is shrinking on propranolol; excision is not needed now. Please keep the photo
log; today's full-face photo was saved as {photo_file}. Next visit {fu}. Medicaid {medicaid} on file.
School letter attached for {child_age}-year-old: no gym until {fu_short}.
{surg_name}, MD / {np_name}, CPNP
""",
    ),
    "sd_surgical_consent": (
        """INFORMED CONSENT FOR SURGERY -- {form} {form_ver}
Patient: {pt_name_lf}    DOB: {dob}    MRN: {mrn}
Procedure: {proc_gen}, possible open.
Surgeon: {surg_name}, MD, lic {st_lic}
Risks discussed: bleeding, infection (~3%), bile leak (~1%), CBD injury (0.3%), conversion, DVT, death.
Blood products: accepts.  Photography: consents to clinical photos incl. face ({photo_id}).
Patient signature captured electronically {dos_dt} from tablet IP {ip}; signature-pad fingerprint
verification {bio_fp}.
Interpreter: {interp_name} (Spanish, ID {emp_id}).  Witness: {witness_name}, RN.
Consent URL for copy: {url_portal}
""",
        """CONSENTIMIENTO INFORMADO / INFORMED CONSENT
Nombre del paciente / Patient name: {pt_caps}
Fecha de nacimiento / DOB: {dob}     No. de expediente / MRN: {mrn}
Procedimiento: {proc_hernia} con malla ({mesh})
Cirujano / Surgeon: Dr. {surg_last}
Riesgos: sangrado, infeccion, recurrencia 2-5%, dolor cronico.
Firma del paciente: ______ (firmado/signed)  Fecha / Date: {ref_date}
Testigo / Witness: {witness_name}    Interprete: {interp_name}, tel {pt_phone}
Audit: e-sign from {ip}; voice attestation {bio_voice}.
""",
    ),
    "sd_risk_discussion": (
        """HIGH-RISK SURGERY DISCUSSION NOTE
Pt: {pt_name}, {age_old} y/o, MRN {mrn}
Present: pt, {nok_child} {nok_name} (HCP), {nok2_child} {nok2_name} by phone ({nok_phone}), {role}, {surg_name}.
Proposed: {proc_crs} for obstructing sigmoid ca. NSQIP calc: serious complication 38%, death 11%,
discharge to facility 64%. {asa}. Frailty score 6.
Patient, who is {age_old_words}, states "I want to go home to {city}, not a nursing home."
Decision: diverting colostomy only. DNR in OR rescinded for procedure; resumes after PACU.
Time spent: 45 min. Documented {d1_dt}.
""",
        """Risk/benefit discussion -- bariatric revision
{pt_name_lf}; MRN {mrn}; {age} y
Leak risk ~2-4%, marginal ulcer 5-15%, reoperation. Pt smokes 1/2 ppd, cotinine required before {fu_short}.
Spouse {nok_name} present. Questions answered. Plan {proc_bari}. {asa}, BMI {bmi}.
{surg_name}  {d1}
""",
    ),
    "sd_postop_call": (
        """POST-OP PHONE CALL (24-48 h)
Called {pt_name} at {pt_phone} on {d1} {clock}; identity verified by voiceprint ID {bio_voice} + DOB {dob}.
Surgery {dos} ({proc_gen}). Pain {pain}/10 on {analg}. Tolerating diet. Voiding. No fever.
Incisions: slight bruising; no drainage.
Ride home was with friend {nok_name} (car plate {plate} recorded by valet).
Rx: oxycodone 5 mg #12, Rx # {rx_no}, prescriber DEA {dea}.
Questions: when to shower -> 48 h. Reminded f/u {fu_short}.
{rn_name}, RN
""",
        """post-op call day 1
{pt_name_lf} / {mrn} -- spoke w/ {nok_spouse} {nok_first} at {nok_phone} (pt asleep).
{proc_hernia} yesterday. Nausea x1, kept down Zofran 4 mg ODT. JP? none. Foley none.
Asked for work note -> emailed to {pt_email}; also sent portal msg {url_portal}.
Call back {clinic_phone} or after hours {pager}. -{rn_init} RN  {d1_dt}
""",
        """Telephone encounter -- surgery clinic
Caller: {pt_name} (self), cb # {pt_cell}    Date: {d2}
Reason: redness around port site POD {pod}. Photo sent via app, IP {ip2}.
Afebrile ({tempf} F). 2 cm erythema, no pus. Advised cephalexin 500 mg QID x 5 d, Rx {rx_no} to pharmacy.
Voice verification {bio_voice}. Seen by {surg_init} on photo review.
Appt added {fu}. -- {np_name}, NP
""",
    ),
    "sd_surg_path_req": (
        """SURGlCAL PATHOLOGY REQUlSlTlON   (scanned, page 1 of 1)
Patlent: {pt_ocr}          D0B: {dob}
MRN {mrn}     Acct: {acct}
0rdering MD: {surg_caps}     NPl: {npi}
Phone {clinic_phone}    Fax {clinic_fax}
Date col1ected: {dos}   time {clock2}
Specimen(s): A. skin, L forearm, excised eschar   B. donor site scraping
Lab use: {specimen}      CLIA 22D0998877 (lab)     CAP 7191302 (lab)
Hx: burn {tbsa} TBSA, r/o invasive fungal infection. Stain: GMS, PAS.
""",
        """SURGICAL PATHOLOGY REQUISITION
Patient: {pt_caps}   DOB: {dob}   MRN: {mrn}   FIN: {fin}
Collected: {dos_dt}   Location: {facility}, {or_room}
Ordering surgeon: {surg_name}, MD   NPI {npi}   Call results: {pager}   Fax: {clinic_fax}
Specimen A: gallbladder      container {specimen}
Specimen B: lymph node, cystic  {specimen2}
Clinical hx: K80.20; r/o carcinoma (porcelain GB on CT). Frozen section: no.
Fixative: 10% NBF at {time1}; cold ischemia < 1 h.
Ins: {member_id}; Medicare? no.
""",
        """SURG PATH REQ | {dos_iso} | {facility}
Pt: {pt_name_lf} | MRN {mrn} | DOB {dob_iso} | Acct {acct}
Spec: A) thyroid, total, stitch = superior L  B) parathyroid? R inferior
Accession assigned: {specimen}
Hx: Graves' / E05.00. Pre-op TSH {tsh}. Please rush FS on B.
Surgeon: {surg_init} (NPI {npi}); resident {res_name} ext. phone {pager}
Copy to Dr {ref_name} fax {ref_fax}
""",
    ),
    "sd_implant_registry": (
        """IMPLANT REGISTRY FORM (surgeon-completed)   Form IR-2 {form_ver}
Registry ID: {registry_id}      Submitted {d1_dt} from {ip}
Patient: {pt_name_lf}   DOB {dob}   Sex {pt_sex}   SSN {ssn}   MRN {mrn}
Address: {addr}, {city}, {state} {zip}
Procedure: {proc_vasc} on {dos}   Facility: {facility}
Surgeon: {surg_name}   NPI {npi}   email {surg_email}
Device 1: {model}  UDI {udi}
Device 2: extension limb  SN {dev_sn2}  lot {dev_lot}
Consumables (not registry): {stock_lot}, {stock_lot2}
Registry portal: {url_portal}
""",
        """IMPLANT RECORD -- ARTHROPLASTY REGISTRY SUBMISSION
registry_id,patient,dob,mrn,zip,dos,surgeon_npi,component,udi_or_sn
{registry_id},"{pt_name_lf}",{dob_iso},{mrn},{zip},{dos_iso},{npi},femoral stem {model},{udi}
{registry_id},"{pt_name_lf}",{dob_iso},{mrn},{zip},{dos_iso},{npi},acetabular shell,{dev_sn2}
{registry_id},"{pt_name_lf}",{dob_iso},{mrn},{zip},{dos_iso},{npi},bone cement (stock {stock_lot}),
# submitted by {surg_name} from {ip} ; HCPCS {hcpcs} ; CPT 27130
""",
    ),
    "sd_ssi_surveillance": (
        """NHSN PROCEDURE/EVENT EXPORT (fixed width)
EVENTID   MRN          PATNAME                 DOB         PROCCODE PROCDATE    EVENTDATE   SSITYPE
{nhsn}  {mrn}  {pt_caps}  {dob_iso}  HER      {dos_iso}  {d3_iso}  SIP
Surgeon: {surg_lf}   Infection preventionist: {coord_lf}   Facility: {facility}
Wound class {wclass}; {asa}; duration {los_min} min; implant Y (mesh {mesh}, SN {dev_sn}).
Notes: drained in clinic {d3_short}; cx MSSA; cephalexin. Reported {d5_iso}.
""",
        """SURGICAL SITE INFECTION SURVEILLANCE -- NHSN Procedure-associated event
Event ID: {nhsn}     Facility ID (org): 10448     {form}
Patient ID (MRN): {mrn}    Name: {pt_name_lf}    DOB: {dob_old}    Age: {age_old}
Procedure: COLO - {proc_crs} ({cpt_crs}) on {dos}; wound class {wclass}; {asa}; duration {los_min} min
Event date: {d3}   Type: deep incisional SSI   Detected: readmission
Organism: E. coli ESBL.  Reported by IP: {coord_name}, {clinic_phone}, fax {clinic_fax}
Surgeon: {surg_name}
""",
        """SSI review worksheet
mrn|name|dos|proc|event_dt|depth|surgeon|ip_reviewer
{mrn}|{pt_caps}|{dos_iso}|{proc_crs}|{d4_iso}|organ/space|{surg_caps}|{coord_init}
NHSN event {nhsn}; readmit {d4} to {facility}; {clav}; return to OR {d5_short}.
Comments: pt {age_old} y, smoker. Uploaded from {ip2}.
""",
    ),
    "sd_mm_submission": (
        """Resident M&M write-up (draft)
Case: {mm_case}. Pt {pt_init_last} ({age_old} y), admitted {adm} from {facility2} with
perforated viscus; taken for {proc_gen} by Dr. {surg_last} with {res_first} and {fellow_first} on
{dos}. Post-op course complicated by ARDS and AKI ({clav}); CRRT started {d2}. Family ({nok_child}
{nok_first}) chose comfort care on {d4}; pt died the same day.
Discussion: delay from ED arrival to OR of {los_min} min; lactate {lac} on arrival; role of
frailty scoring in patients over 90.
Submitted by {res_name} ({res_email}) -- draft, do not forward.
""",
        """M&M CASE SUBMISSION (peer review, privileged)
Case #: {mm_case}   Service: {service}   Submitted by: {res_name}, MD PGY-4   {d5}
Patient: {pt_init_last}, {age_old} y, MRN {mrn}
Procedure: {proc_gen} {dos}, attending {surg_name}
Complication: {clav}: bile leak, ERCP stent {d2_short}, IR drain.
Contributing: anatomy, delayed recognition (POD 3 HIDA).
Discussion points: {eponym}, critical view not documented.
Submitted from {ip} to M&M portal {url_portal}.
""",
        """MORBIDITY & MORTALITY SUBMISSION
Case ID {mm_case} | {pt_caps} | {mrn} | DOS {dos}
Resident: {res_name}   Attending: {surg_init}   Fellow: {fellow_name}
Summary: {age_old}-year-old s/p {proc_vasc}; POD {pod} MI; {clav}. Death {d4}.
Autopsy requested; consent from {nok_child} {nok_name}.
Lessons: pre-op cardiac risk (RCRI 3), beta-blocker continuation.
Case emailed by {res_first} ({surg_email} cc) -- sender IP {ip}
""",
    ),
    "sd_referral_reply": (
        """{letter_date}

{ref_name}, MD
{ref_addr}
{city2}, {state} {ref_zip}
Fax: {ref_fax}

RE: {pt_name}   DOB: {dob}

Dear Dr. {ref_last},

Many thanks for sending {pt_first} {pt_last}, whom I saw in the surgical clinic at {facility} on {fu}.
{pt_She} is a {pt_age}-year-old with a symptomatic right inguinal hernia. I have offered {proc_hernia} and {pt_she}
would like to go ahead on {fu2}. {pt_title} {pt_last}'s BMI is {bmi}; {asa}.
I will let you know how {pt_she} gets on. My cell for urgent matters: {surg_name} {pager}.

Yours sincerely,

{surg_name}, MD
NPI {npi}  |  {surg_email}
cc: {pt_name}, {addr}, {city} {zip}
""",
        """Surgeon letter to referring physician
To: Dr {ref_init}, {facility2}   fax {ref_fax}
From: Dr {surg_init}
Date: {fu}
Re: {pt_caps_full} (MRN {mrn}, DOB {dob_us})
Seen for adrenalectomy evaluation: 2.4 cm L adrenal incidentaloma, 10 HU, metanephrines normal,
1 mg DST cortisol 2.1 (r/o Cushing syndrome). Plan laparoscopic left adrenalectomy on {d5}.
Regards, {surg_name}  ({clinic_phone})
""",
    ),
    "sd_resident_case_log": (
        """RESIDENT OPERATIVE CASE LOG EXPORT (fixed width)
RESIDENT: {res_caps}   EMP ID {emp_id}   PGY-3
DATE        PT_ID        PATIENT               ROLE   CPT    ATTENDING
{dos_iso}  {mrn}  {pt_caps}   SC     {cpt}  {surg_caps}
{d2_iso}  {mrn2}  {witness_caps}   SJ     {cpt2}  {surg_caps}
{d4_iso}  ------       (deidentified)        TA     {cpt3}  {fellow_caps}
Totals: 3 cases this export; year to date {nnt}.
""",
        """case_log.csv
date,mrn,initials_or_name,procedure,cpt,role,attending
{dos_us},{mrn},{pt_name_lf},{proc_bari},{cpt_bari},Surgeon Chief,{surg_lf}
{d3},{mrn2},{witness_name},{proc_gen},{cpt_gen},Surgeon Junior,{surg_lf}
{d5},,,{proc_hernia},{cpt_hernia},Teaching Assistant,{fellow_lf}
# exported by {res_name} from {ip}
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """OR TEAM HUDDLE - CHOLE PATHWAY REMINDERS ({policy})
Antibiotic: {abx} within 60 min of incision (redose 4 h). Critical view of safety before clipping;
photo of the view to be saved in the operative record. If CVS not achieved, bail out to subtotal cholecystectomy (Tokyo Guidelines 2018).
Remember {eponym} is not an indication by itself.
Expected EBL < {ebl}. Wound class {wclass}. CPT {cpt}; ICD-10 {icd}.
Stock items this week: {brand}, {stock_lot}; clips ML 10 mm, {stock_lot2}.
""",
    """Post-op order set (general surgery) {form} {form_ver}
- Vitals q4h x 24 h; call for HR > 120, SBP < 90, T > 38.5, UOP < 0.5 mL/kg/h
- Diet: clears, advance as tolerated
- {analg}; {analg2}; ondansetron 4 mg IV q6h PRN
- {dvt}; SCDs while in bed
- Labs AM: CBC, BMP (ref K 3.5-5.1, Cr 0.6-1.2)
- Drain: record {drain1} q shift
""",
    """BURN RESUSCITATION QUICK REFERENCE
Parkland formula: 2-4 mL/kg/%TBSA LR over 24 h, half in first 8 h. Example: 80 kg, {tbsa} TBSA.
Target UOP 0.5 mL/kg/h adult, 1 mL/kg/h child < 30 kg. Use the Lund-Browder chart for children.
Albumin 5% rescue after hour 12 if I/O ratio > 1.5. Reviewed {year2} by the burn team.
Dressing stock: {dressing}, {stock_lot}; {dressing2}, {stock_lot2}.
""",
    """SSI BUNDLE AUDIT - MONTHLY SUMMARY (aggregate, no patient data)
Cases audited: {nnt}. Normothermia (T >= 36.0) {pct}. Glucose < 200: {pct2}. Chlorhexidine shower: {pct3}.
Colorectal SSI rate {pct_small} (NHSN SIR 0.82). Wound class III/IV share: {pct5}.
Action: re-educate on {abx} weight-based dosing; {policy}. Presented to Surgical Quality Committee (NSQIP benchmarks).
""",
    """Hernia mesh formulary note
Preferred: {mesh} (HCPCS {hcpcs}, rev code {rev}), {stock_lot}. Price {money} each.
Alternative for contaminated fields: biologic, {money2} - requires value analysis committee approval ({role} to submit).
Fixation: absorbable tacks, {tacker}. CPT {cpt_hernia}; DRG {drg}.
""",
    """ACS NSQIP risk calculator - worked example for teaching
Inputs: age {age}, female, functionally independent, {asa}, BMI {bmi}, HTN, diabetes on oral agents,
procedure CPT {cpt}. Outputs: serious complication {pct}, any complication {pct2}, SSI {pct3},
readmission {pct4}, predicted LOS {los} days. Compare Clavien-Dindo vs NSQIP definitions.
""",
    """Teaching note: abdominal wall anatomy
The semilunar line is lateral to the rectus; the Pfannenstiel incision is used for low transverse access.\nRelated reading: {eponym}; {eponym2}.
Spigelian hernias lie along the semilunar line. Mesh overlap 5 cm beyond the defect; {mesh}.
Closure with {suture}, suture length to wound length ratio 4:1 (small bites, 5 mm x 5 mm).
""",
    """Vascular lab reference values
ABI: normal 1.00-1.40; borderline 0.91-0.99; PAD <= 0.90; severe < 0.40. Today's QA sample {abi}.
Carotid duplex: ICA PSV > 230 cm/s with ratio > 4.0 -> >= 70% stenosis. CPT 93880, 93925; LOINC {loinc}.
EVAR surveillance: CTA at 1 mo, then duplex yearly. Device brochures in {room}.
""",
    """Ostomy supply formulary ({year2})
Two-piece 57 mm flange, cut-to-fit up to 45 mm; convex inserts; barrier rings (Eakin).
Typical stoma {stoma}; high-output threshold > 1,500 mL/day ({ostomy_out} example).
HCPCS A4414, A4415, A5061; monthly allowance 20 pouches. Cost {money}.
""",
    """NPWT guideline summary ({policy})
Pressure {vac_p} continuous, intermittent for pain. Change q48-72 h. Count foam pieces in and out.
Contraindications: untreated osteomyelitis, malignancy in wound, exposed vessels. CPT 97605/97606.
Rental device returns via DME within 48 h of discontinuation. Stock foam {stock_lot}.
""",
    """Bariatric follow-up lab schedule
3, 6, 12 mo then yearly: CBC, CMP, iron studies, B12, folate, vit D, PTH (ref 15-65), A1c.
Supplements: multivitamin BID, calcium citrate 1,200-1,500 mg, B12 350-500 mcg.
Target protein 60-80 g/day. EWL at 1 yr typically {ewl} for sleeve. BMI example {bmi}.
""",
    """Pediatric surgery handout (generic)
After your child's {proc_peds}: children's acetaminophen 15 mg/kg q6h, ibuprofen 10 mg/kg q6-8h.
Bath after 48 h. Call the clinic for fever > 38.5 C, vomiting, or redness. Typical age {age_child}.
Sutures are absorbable ({suture}). Return to school in 3-5 days.
""",
    """Consent form template -- laparoscopic cholecystectomy ({form} {form_ver})
Risks: bleeding, infection, bile leak (~1%), bile duct injury (0.3-0.5%), retained stone, conversion to open
(5-10%), hernia at port site, DVT/PE, anesthesia risks. Benefits and alternatives explained.
Procedure code {cpt_gen}; typical {asa} patient; printed {year2}, supersedes {form} v{pod}.0.
Patient signature ______  Date ______  Time ______  Witness ______
""",
    """M&M conference agenda -- aggregate
Cases this month: {nnt}. Clavien-Dindo III-V: 4. Themes: anastomotic leak after {proc_crs},
retained sponge near-miss ({policy}), delayed recognition of compartment syndrome.
Presenters: the PGY-4, the vascular fellow. Moderator: the chair. Room {room}, {clock}.
""",
    """Implant recall notice (supplier, stock only)
{vendor} recall class II: {model}, lots {stock_lot} and {stock_lot2}. Quarantine stock in core room {room}.
No patient-specific action; implanted devices tracked separately by the registry coordinator.
GTIN and expiry on carton; HCPCS {hcpcs}. Credit {money}.
""",
    """Trauma activation criteria (tier 1) -- {policy}
SBP < 90, GCS <= 8, penetrating injury to head/neck/torso, intubated transfer, age-specific hypotension.
Tier 2: GCS 9-13, 2+ long bone fx, MVC with ejection, burns > {tbsa} TBSA.
Tranexamic acid 1 g within 3 h. MTP ratio 1:1:1. Time goal: OR within {los_min} min.
""",
    """Drain output totals (de-identified QI sample)
JP averages: POD1 {drain_ml} mL, POD2 {drain_ml2} mL; removal when < 30 mL/24 h x2.
Amylase > 3x serum on POD3 suggests pancreatic leak (ISGPF). Chyle: TG > 110 mg/dL.
Foley removal POD1 after {proc_gen}; {eponym}.
""",
    """Thyroid surgery pathway
Pre-op: TSH {tsh} target euthyroid; SSKI 5-7 gtt TID x 10 d for Graves' disease.
Post-op PTH at 4 h: < 15 -> calcitriol 0.25 mcg BID + calcium carbonate; Ca {ca} example.
Laryngoscopy if voice change. ICD-10 E05.00, C73; CPT 60240, 60252.
""",
    """Spine implant tray list (loaner, stock)
Pedicle screws 5.5 x 40-50 mm, {model}; rods 5.5 mm Ti 400 mm; cages 10-14 mm PEEK.
Sterile processing {stock_lot}; tray weight < 25 lb per AAMI. Vendor rep: the company rep (no name
on file). Bone graft DBX putty 10 cc, {stock_lot2}. HCPCS C1713.
""",
    """Breast surgery clinic metrics {year2}
Time from biopsy to surgery median 24 days; re-excision rate {pct}; SLNB identification 97%.
Oncotype ordering per NCCN; Ki-67 cutoff 20%. {tnm} example staging. Tumor board weekly, {clock}.
""",
    """Colorectal ERAS checklist
Carbohydrate load 2 h pre-op; {abx}; oral antibiotics + mechanical prep; no NGT; early feeding.
Goal-directed fluids (target {ivf} intra-op); extended VTE prophylaxis x 28 d after cancer resection
(inpatient: {dvt}).
Expected LOS {los} d. Audit compliance {pct}.
""",
    """Wound classification reference
{wclass}. Class I clean: no entry into GI/GU/resp tract. Class II: controlled entry. Class III: spillage.
Class IV: pus or devitalized tissue. Used for NHSN risk adjustment with {asa} and duration > T75.
""",
    """On-call handoff (template, fill at bedside)
Unit {unit_ward}, room {room}-{bed}: POD {pod} s/p {proc_gen}; HR {hr}, BP {bp}, UOP {uop}.
To do: f/u AM Hgb (last {hgb}); advance diet; {dvt}. Pager list is in the call room.
Watch drain: {drain1}. Code status full. Handed off by the night resident.
""",
    """Surgical pathology grossing guide
Colectomy: ink radial margin, count nodes (>= 12), measure distal margin ({margin} example).
Thyroid: weigh, ink, section superior to inferior. Sentinel nodes: 2 mm sections, H&E x3 levels.
Turnaround goal 48 h; frozen section 20 min. SNOMED {snomed}.
""",
    """Blood loss and transfusion thresholds (surgical ICU)
Transfuse Hgb < 7 (< 8 cardiac). EBL > {ebl} -> check TEG. Massive transfusion: > 10 units/24 h.
Cell saver when EBL expected > 500 mL. Fibrinogen target > 150. INR {inr} example.
""",
    """Charge capture cheat sheet -- general surgery
{cpt} + modifier 22 requires op note justification. Add-on {cpt2}. Mesh {hcpcs}. OR time rev {rev}.
DRG {drg}. Billing questions to the coding team; payer examples: {payer}. Fee {money}.
""",
)
