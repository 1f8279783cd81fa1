"""Document styles for planted set F: inpatient nursing and the hospital's allied teams.

``{key}`` placeholders are filled by ``values.identifiers`` (gold spans) and ``values.lookalikes``
(filler that is not PHI). No literal braces appear in any template text."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "sf_shift_assessment": (
        """NURSING SHIFT ASSESSMENT - {unit} Rm {room}-{bed}
Pt: {pt_lf}   MRN {mrn}   FIN {fin}   DOB {dob} ({age} y)
Shift {shift}  Date of service: {today}   Primary RN: {rn1}   CNA: {staff1}
Dx: {dx}; hx {dx2}, {eponym}.  Code status: {code}.  Isolation: {iso}
NEURO: A&Ox3, GCS {gcs}, RASS {rass}, CAM-ICU neg.  PERRLA.
CV: HR {hr} SR, BP {bp} (MAP {map}), cap refill < 3 s, +1 pedal edema.
RESP: RR {rr}, SpO2 {spo2} on {o2}; crackles bibasilar.
GI/GU: {diet}; last BM {yday_s}; {cath} in place, UOP {uop} mL/h.
SKIN: Braden {braden} ({braden_sub}); {wound}.  Morse {morse}.
PAIN: {pain}/10 -> {pain2}/10 after {drug}.
LINES: {iv}, {drip} via Alaris pump.
Family: {rel} {fam} (lives in {city}) visited, updated by {role}; call {phone} with changes.
Signed {rn1}, RN  {today_dt}""",
        """Head-to-toe reassessment   Date {today_s}   Time {time}
{pt_caps} / {mrn} / {unit} {room2}
{age_w} year old pt admitted {admit} for {dx}.  Pt prefers to be called "{pt_nick}".
VS {temp} | {hr} | {rr} | {bp} | {spo2} {o2}
Neuro intact, follows commands, hx {eponym2}.  Lung sounds diminished RLL.
Abd soft, BS x4, tolerating {pct_meal} of {diet}.
Skin: {wound}; Braden {braden}.  Fall risk: Morse {morse}, {fall_int}.
Pain {pain}/10 (numeric), PRN {drug2} given at {time2}.
Pt's {rel} ({fam_first}) at bedside overnight, lives in {city}, {state}.
Handoff given to {rn2} at {time3}.  -- {rn1} RN""",
        """ASSESSMENT FLOWSHEET EXPORT (fixed width)
PATIENT............ {pt_lf}
MRN................ {mrn}         ENCOUNTER {fin}
ROOM............... {room}{bed}  UNIT {unit}
DATE............... {today}
ATTENDING.......... Dr. {md1}
VITALS............. T {temp}  HR {hr}  RR {rr}  BP {bp}  SpO2 {spo2}  O2 {o2}
BRADEN............. {braden}   MORSE {morse}   CIWA-Ar {ciwa}   PAIN {pain}
I/O................ {intake} / {output} mL
ASSESSED BY........ {rn1}  ({emp})
COSIGN............. {rn2}""",
    ),
    "sf_sbar_handoff": (
        """SBAR - RN to RN handoff ({shift})
S: {pt} ({age} yo), {unit} rm {room}, MRN {mrn}, {sbar_s}.
B: Admitted {admit} with {dx}; PMH {dx2}, {eponym}. {code}. Allergies: PCN (rash).
A: VS {bp}, HR {hr}, RR {rr}, SpO2 {spo2} on {o2}. Pain {pain}/10. CIWA {ciwa}. Braden {braden}, Morse {morse}.
   Running: {drip}. Last {drug} at {time2}.
R: Recheck {lab} at {time}; {role} aware.  Daughter-in-law {fam} is the contact ({phone}), wants a call before 2100.
Pt came in from {snf2}; return there pending.
From {rn1} to {rn2}, {today_dt}""",
        """I-PASS / SBAR handoff sheet -- {unit}
Bed | Patient | Age | Code | Situation | To do
{room}-{bed} | {pt_caps} | {age} | {code} | {sbar_s} | {lab} in AM; {drug2}
MRN {mrn}  Acct {acct}  Adm {admit}  Attending: {md2}
Bkgd: {dx} ({icd}); lives with {rel} in {hood}, {city}.
Assessment: {temp}, {bp}, {o2}; pain {pain}; RASS {rass}.
Recs: fall precautions ({fall_int}), call {role} if SBP < 90.
Handoff date {today_s}.  Outgoing: {rn1}   Incoming: {rn3}   Report given {time3}""",
        """sbar to covering md via secure chat {today_dt}
S - pt {pt_last} in {room} ({unit}) w/ {sbar_s}
B - {age_w} y/o, adm {admit} for {dx}. hx {dx2}
A - bp {bp} hr {hr} spo2 {spo2} on {o2}, temp {temp}. {lab}
R - pls eval. ok to give {drug}? pt is LTC resident at {snf2}. -- {rn1} RN, callback {phone}
reply from Dr {md2}: ok, will see pt, recheck {lab2} in 2h""",
    ),
    "sf_nursing_care_plan": (
        """INTERDISCIPLINARY PLAN OF CARE
Patient: {pt}    MRN: {mrn}    Room: {room}    Admit date: {admit}
Problem 1: Risk for falls (Morse {morse}). Goal: no falls this admission.
  Interventions: {fall_int}; {equip}; toileting q2h.  Initiated {today} by {rn1}.
Problem 2: Impaired skin integrity ({wound}). Braden {braden}.
  Interventions: turn q2h, {dressing}, {diet}; dietitian consult.  Target date {dc}.
Problem 3: Acute pain ({pain}/10).  {drug}.
Problem 4: Knowledge deficit re: {dx}.  Teach-back with {rel} {fam}.
Reviewed with pt and family {today_s}.  RN: {rn2}  Charge: {rn3}
Form {form}; policy {policy}""",
        """CARE PLAN UPDATE ({unit})
Name: {pt_caps}   DOB: {dob}   MR#: {mrn}   Enc: {fin}
Nursing dx (NANDA): Ineffective airway clearance r/t {dx}
  Outcome (NOC): SpO2 >= 92% on {o2} by {dc}
  Interventions (NIC): IS q1h while awake, {o2b} PRN, RT consult ({cpt_rt})
Nursing dx: Risk for injury r/t withdrawal, CIWA {ciwa} ({drug2})
Nursing dx: Self-care deficit; OT following.
Discharge goal: home with {rel} at {street}, {city} {zip}, or {snf}.
Updated {today_dt} by {rn1} (emp {emp})""",
    ),
    "sf_fall_risk_morse": (
        """MORSE FALL SCALE - {today}
Patient {pt_lf}  MRN {mrn}  {unit} {room}{bed}  Age {age}
History of falling (25) .......... {qty} falls, last one on {prior} at home
Secondary diagnosis (15) ......... yes ({dx2}, {eponym})
Ambulatory aid (0/15/30) ......... walker
IV/heparin lock (20) ............. yes, {iv}
Gait (0/10/20) ................... impaired
Mental status (0/15) ............. forgets limitations
TOTAL ............................ {morse}   (high risk >= 45)
Interventions: {fall_int}; {equip}.
Fall risk study enrollment: {study}
Scored by {rn1}, RN   {time2}   MRN {mrn} / acct {acct}""",
        """POST-FALL HUDDLE  event {case}
Date/time of fall: {event_dt}   Location: {unit} rm {room}, bathroom
Pt: {pt} ({age_w} y.o.), MRN {mrn}.  Found on floor by {staff1}.
Witnessed: no.  Head strike: unknown -> CT head ordered per {policy}.
Post-fall VS {bp}, HR {hr}, SpO2 {spo2}; POC glucose {gluc}.  Pain {pain}/10 R hip.
Morse pre-fall {morse}; bed alarm was ON / OFF (circle).
Family notified: {rel} {fam} at {phone} at {time3}.  Dr. {md1} notified.
Huddle attendees: {rn1}, {rn2}, {role}.  Form {form}""",
        """fall risk reassessment q shift
{pt_last_caps}, RM {room}  // {today_s} night
Morse {morse} -> high.  Hendrich II 6.  pt on {drug}, {drug2}.
Wears glasses, HOH; daughter {fam_first} brings walker from home ({street}).
Plan: {fall_int}.  Dtr phone {phone}.  -- {rn2}  {today}""",
    ),
    "sf_braden_pressure_injury": (
        """WOUND CARE NURSE CONSULT
PT NAME: {pt_caps}    HOSP #: {mrn}    CSN: {fin}    RM: {room}{bed}
DOB {dob} / AGE {age} / ADM {admit}
Consult from {rn1} re: {wound}.  POA? no - first noted {yday_s} on night shift.
Braden subscale {braden_sub} = {braden}.  Incontinence: {cath}; MASD care.
Plan: {dressing} q3d, offload heels, turn q2h, {hcpcs_surf} surface, RD consult ({lab}).
Photos taken of wound bed only (tracings; no face), per policy {policy}.
Will follow {fu}.  WOC-RN {rn3} ({emp})""",
        """BRADEN SCALE / SKIN ASSESSMENT
Pt Name: {pt_lf}   MRN: {mrn}   Unit: {unit}   Bed: {room}-{bed}
Date: {today}   Age: {age}   Wt {wt}   BMI {bmi}   {lab}
Sensory perception {braden_sub}  -> total BRADEN {braden} (at risk <= 18)
Wound: {wound}.  Wound photo wound_sacrum_{qty}.jpg uploaded (not facial).
Dressing: {dressing} changed q3 days and PRN; {hcpcs_drs} billed.
Surface: Stryker bed, low-air-loss ordered ({hcpcs_surf}).
WOC RN {rn3} consulted; seen {today_s}.  Present on admission ({admit}): yes
Assessed: {rn1} / verified {rn2}""",
        """HAPI REPORT  #{case}
Hospital-acquired pressure injury identified {today_dt}
Patient: {pt}  MR {mrn}  DOB {dob}
Location on unit: {unit} rm {room2}
Stage: {wound} (ICD-10 {icd})
Braden on admit {braden}; Braden today {braden}; repositioning documented 6/12 checks.
Specialty bed serial {dev_sn} delivered by {staff2}.
Nutrition: {diet}; {supplement}.
Notified: Dr. {md1}, {role}, pt's {rel} {fam} ({email}).""",
    ),
    "sf_restraint_log": (
        """RESTRAINT ORDER / RENEWAL  - violent/self-destructive
Pt: {pt}   Age: {age}   Med Rec No: {mrn}   Unit: {unit}   Rm: {room}
Initiated {event_dt}; type {restraint}; 1:1 observation ({ratio}).
Behavior: kicked security officer {staff2} (badge {emp}); {drug3} IM given.
In-person eval within 1 h by Dr. {md2} (NPI {npi}) at {time3}.
Debrief with pt; family ({fam}, {rel}) notified at {phone2}.
Discontinued {today_dt}.  RN {rn1}, license no. {rn_lic}""",
        """RESTRAINT / SECLUSION FLOWSHEET (non-violent)  Policy {policy}
Patient: {pt_caps}   MRN {mrn}   Room {room}   Adm {admit}
Order: {restraint}, written {event_dt} by Dr. {md2} (NPI {npi}); renew q24h.
Reason: pulling at {iv} and Dobhoff; alternatives tried: {fall_int}, family presence.
Time   | Circ/Skin | ROM | Fluids/Toilet | Behavior   | Initials
{time} | WNL       | yes | 240 mL        | RASS {rass}    | see sig
{time2}| WNL       | yes | void 300      | calmer     | see sig
Released {time3}.  Face-to-face eval by {role} within 1 h.
Family ({rel} {fam}) informed by phone {phone}.
RN signature: {rn1}  Lic# {rn_lic}  (e-sign via BioID {bio})""",
        """Restra1nt rnonitoring n0te - {today}
{pt_ocr}  MR# {mrn}  {unit}
Pt {age_w} yo with {dx}, CAM+, striking at staff.  {restraint} applied {time2}.
{drug2} given per order.  Checks q15 min x 2h documented; skin intact; CMS intact.
Sitter requested from staffing office, ratio {ratio}.  Staff badge {emp}.
Dr {md1} notified; order expires {dc}.  Documented by {rn2}, RN lic {rn_lic}.""",
    ),
    "sf_sitter_log": (
        """Safety attendant hand-off - {unit}
Pt name: {pt_last}, {pt_first}   Rm {room}   MRN {mrn}   DOB {dob}
Attendant on: {staff1} (emp# {emp})  off: {staff2} (emp# {emp2})
Pt {age_w} y/o, CIWA {ciwa}, pulls at {iv}; tried to leave to "go home to {city}".
Wife {fam_first} phone {phone} - may call anytime.  RN {rn2}""",
        """CONSTANT OBSERVATION / SITTER LOG   {unit} Rm {room}
Patient: {pt}   MRN: {mrn}   Date: {today}   Ratio {ratio}
Reason: fall risk (Morse {morse}) + impulsivity; CIWA {ciwa}
Sitter: {staff1} (ID {emp})   relieved by {staff2} (ID {emp2})
0700 awake in chair | 0715 breakfast {pct_meal} | 0800 toileted | 0830 {role} rounding
0900 napping | 0915 agitated, redirected | 1000 PT in room
Tele-sitter camera unit SN {dev_sn}, IP {ip}, login by fingerprint {bio}
Pt's {rel} {fam} visited {time2}-{time3}.  Charge RN {rn1}""",
        """VIDEO MONITORING (tele-sitter) shift record
Room {room}{bed} / {unit}    Monitor tech: {staff2}
Pt {pt_lf}, {age} y/o, MR {mrn}, {dx}
Camera stream {ip}  (unit {dev_sn})   Session started {today_dt}
Verbal redirection x{qty}; RN ({rn1}) called to bedside {time2} for exit attempt.
Pt wife/son name on whiteboard: {fam}.  Phone for updates {phone2}.""",
    ),
    "sf_intake_output": (
        """STRICT I&O - DIALYSIS UNIT FLOW SHEET
PT: {pt_ocr}     MRN: {mrn}     DOS: {today}
Pre wt {wt}  Post wt (calc)  Goal UF 2.5 L
Hr | BP      | HR | Qb  | UF ml | Sign
1  | {bp}  | {hr} | 400 | 600   | {rn1}
2  | {bp2}  | {hr} | 400 | 650   | {rn1}
Machine Fresenius 2008T serial {dev_sn}; dialyzer lot {lot} (stock).
Total IN {intake}  OUT {output}.  Nephrology: Dr. {md1}""",
        """INTAKE & OUTPUT - 24h summary  ({today_s}, shift {shift})
{pt_lf} | MRN {mrn} | {age} y | {unit} {room}
IN:  PO {intake} mL | IV {drip} | IVPB 350 mL | flushes 240 mL
OUT: urine {output} mL (Foley) | stool x{stool} | drain 45 mL
NET +{qty}00 mL.  Wt today {wt} (admit {admit}).  UOP {uop} mL/h.
Fluid restriction {fluid} mL.  RN {rn1}.""",
        """I&O CSV export
date,time,mrn,patient,type,route,amount_mL,rn
{today},{time},{mrn},"{pt_lf}",intake,PO,{intake},"{rn1}"
{today},{time2},{mrn},"{pt_lf}",output,urine,{output},"{rn2}"
{today},{time3},{mrn},"{pt_lf}",intake,IV,{qty}00,"{rn2}"
# unit {unit}, room {room}, fin {fin}, policy {policy}""",
    ),
    "sf_mar_excerpt": (
        """MEDICATION ADMINISTRATION RECORD (excerpt)   Printed {today_dt}
Pt: {pt_caps}   DOB {dob}   Age {age}   MRN {mrn}   Rm {room}   Wt {wt}   Allergies: sulfa
Photo on file: {photo}
Medication                                   Sched   Given  By
{drug}                      0900    {time}   {rn1}
{drug2}                     PRN     {time2}  {rn1}
{drip}  rate {rate}   pump SN {pump_sn}
Pyxis override? no.  Omnicell access by biometric {bio}
Prescriber: Dr. {md2}, NPI {npi}, DEA {dea}
Pharmacy verified by {staff1}; NDC {ndc}; lot {lot} (floor stock)
Discharge Rx faxed to outpatient pharmacy {fax}""",
        """eMAR barcode scan log
{today} {pt_lf} MRN {mrn} FIN {fin}
{time}  wristband scanned OK   med: {drug}   nurse {rn2}  workstation {ip}
{time2} override: {drug3} - pt NPO, held; reason documented
{time3} PCA hydromorphone 0.2 mg/ dose, lockout 10 min; PCA SN {pump_sn}; 2nd RN {rn3}
Rx {rx}  Prescriber {md2}  (DEA {dea})""",
        """MAR - controlled substance waste
Patient {pt}  MR {mrn}  {unit}/{room}  {today_s}
Drug: {drug}   Dose given {dose}  waste 0.5 mL witnessed
RN: {rn1} (Lic {rn_lic})   Witness: {rn2}
Omnicell user verified by fingerprint template {bio} at station {ip}
Patient ID photo {photo} checked against wristband""",
    ),
    "sf_patient_education": (
        """EDUCATION DOCUMENTATION - HEART FAILURE BUNDLE
Pt {pt_lf}   MRN {mrn}   Age {age}   Unit {unit}
Learner: pt + {rel} ({fam})   Preferred lang {lang}; interpreter {staff2} (ID {emp})
Topics: daily weights (call if gain > 1 kg/day), 2 g Na, fluid {fluid} mL, {drug}
Scale provided; zone sheet {form}.  AHA booklet.  Follow-up HF clinic {fu}.
Post-discharge call to {phone} by {rn3} within 48 h.  Educated on {today}.""",
        """PATIENT / FAMILY EDUCATION RECORD
Learner(s): patient {pt} and {rel} {fam}   MRN {mrn}
Preferred language: {lang}; interpreter used: yes ({staff2})
Topic: {dx} - daily weights, 2 g sodium, {drug}
Method: teach-back, handout {form}, video at {url}
Readiness: eager.  Barriers: HOH, {eponym}.
Outcome: verbalizes understanding; demonstrates {equip}.
Portal invite sent to {email_pt} on {today}; first login from {ip}.
Educator: {rn1}   Date {today_s}   Time {time3}""",
        """Education note ({unit}) {today_dt}
Taught {pt_first} and her {rel} {fam_first} insulin pen technique (lispro 4 units AC, glargine 18 units HS).
POC glucose log reviewed: {gluc}.  Hypoglycemia s/s reviewed; glucose gel sample given.
Diabetes educator {staff1} will call {phone} after discharge on {dc}.
Link to teaching video sent: {url}
-- {rn2}""",
    ),
    "sf_discharge_planning": (
        """DISCHARGE SUMMARY - NURSING (AVS excerpt)
Patient: {pt}     DOB: {dob}     MRN: {mrn}     Discharged: {dc}
Disposition: {snf}  Report called to {rn2} at facility, tel {phone}; fax {fax}
Diet {diet}.  Activity: WBAT with walker.  Wound: {wound}.
New meds: {drug}; {drug2}.  Stop: {drug3}.
Follow up: Dr. {md1} on {fu}; labs ({lab}) in 1 wk.
Belongings returned to {rel} {fam}.  IV {iv} removed, tip intact.
Your visit summary online: {url}
Nurse: {rn1}   Time out {time3}""",
        """DISCHARGE PLANNING ASSESSMENT
Patient: {pt_lf}   DOB: {dob}   Age: {age}   MRN: {mrn}   Acct: {acct}
Admit {admit}   Anticipated DC {dc}   LOS {hd} d   DRG {drg}
Lives: {street}, Apt {unit_no}, {city}, {state} {zip} ({county}) with {rel}
Support: {fam} ({rel2}) - {phone}; alt {fam2} - {phone2}; {email}
Insurance: {org}, member ID {hpid}, group {group}
Plan: SNF at {snf}; referral faxed to {fax} on {today_s}. Auth ref {pa}.
DME: {hcpcs} (rolling walker), {hcpcs} via {org2}.
Transport: family car, {rel} will drive (plate {plate}).
Portal proxy access set up for {fam}: {url}
Case manager: {staff1}   Social work: {staff2}""",
        """D/C PLANNING NOTE - {today}
{pt_caps} ({age_w} yrs), {unit} {room}
Met with pt + {rel} {fam_first} at bedside.  PLOF independent w/ cane; now AM-PAC {ampac}.
PT/OT rec: acute rehab vs SNF.  Pt prefers to return home to {hood} ({city}).
HH referral to {org2}; fax {fax}.  Follow-up PCP appt {fu} at 10:40.
MyChart discharge packet: {url}
Medicare MBI {hpid}.  SSN on facesheet {ssn} verified for Medicaid pending app.
Ride home: {rel} in own car, plate {plate}.
- {staff1}, RN CM  ext. via Vocera""",
    ),
    "sf_case_management": (
        """CASE MANAGEMENT UR REVIEW  ({org})
Pt {pt}   MRN {mrn}   FIN {fin}   Claim {claim}
Admission {admit} - status inpatient (InterQual met day {hd})
Payer: {org2}  ID# {hpid}  Grp {group}   Auth {pa}
Primary dx {icd} {dx}; secondary {icd2}.  Expected DRG {drg}, est. reimbursement {money}.
Barriers: needs SNF bed, {rel} works nights.
Contact: {fam}, {phone}, {email}
Payer fax for clinicals {fax}; sent {today_dt}.
CM {staff1} (emp {emp})""",
        """cm progress note {today_s}
spoke w/ pt's {rel} {fam} by phone ({phone}). pt {pt_first} {pt_last} is {age} and cannot return to 2nd floor walk-up at {street} #{unit_no}, {city}.
explored {snf}; bed offer for {dc}.  SSN needed for PASRR: {ssn}.
ambulance transport booked via {org2}, job {job}.
- {staff2}, MSW""",
        """Case Mgmt Facesheet Extract
Name.......... {pt_caps}
DOB........... {dob}
SSN........... {ssn}
Address....... {street}
               {city_caps} {state} {zip}
Phone......... {phone}
Ins........... {org}  Member {hpid}  Group {group}
Guarantor..... {fam} ({rel})   Acct {acct}
Adm/Disch..... {admit} / {dc}""",
    ),
    "sf_pt_inpatient": (
        """PHYSICAL THERAPY EVALUATION (CPT {cpt_pt})
Pt: {pt}  MRN {mrn}  Rm {room}  Date {today}
Referring: Dr. {md1}.  Dx: {dx}; precautions: WBAT, {iso}.
Subj: pt states "I want to go home to {city}."  Age {age}; retired machinist, married {years} yrs.
Home: 3 STE, lives with {rel} at {street}.
Obj: bed mobility min A, sit-stand CGA with RW, gait 40 ft x2, AM-PAC {ampac}.
Vitals: pre {bp} / post {bp2}, SpO2 {spo2} on {o2}.
Pain {pain}/10.  Tinetti 14/28.  Morse {morse}.
Plan: 5x/wk, {cpt_pt2}.  Goals by {dc}.  POC faxed to outpatient PT clinic in {city} ({fax}).
{staff1}, PT, DPT  Lic {cert_pt}""",
        """PT daily note {today_s}
{pt_lf}  ({unit})
Gait 150 ft w/ rolling walker, CGA; stairs 4 w/ rail.  HR {hr} post.  RPE 13.
{rel} {fam_first} present for family training.
Charge: {cpt_pt} x2 units, {cpt_pt2} x1.  Rehab tech {staff2}.
HEP emailed to {email_pt}.  Next visit {fu}.  -- {staff1}, PTA (lic {cert_pt})""",
    ),
    "sf_ot_inpatient": (
        """OCCUPATIONAL THERAPY EVAL ({cpt_ot})
Patient: {pt_caps}   MR: {mrn}   DOB: {dob}   Date: {today}
Dx {dx}, hx {eponym}.  Dominant hand R.
ADLs: grooming setup, UB dressing min A, LB dressing mod A, toileting max A.
Cognition: SLUMS 19/30, follows 2-step cmds.  Vision WFL.
Home: bathroom on 2nd floor, tub shower; {rel} {fam} to assist.  Address on file {street}, {city}.
DME recs: tub transfer bench (E0247), 3-in-1 commode (E0165).
OTR/L {staff2}  (OT license {cert_ot})""",
        """OT tx note  {today_s}   ({unit2} gym slot {time3})
{pt}  rm {room}  {unit}   (home: {city}, {state})
Pt seen for ADL retraining, {min} min.  Sara Stedy transfer; toileting CGA.
Pt reports pain {pain}/10; SpO2 {spo2} on {o2}.
Caregiver training with {fam_first} ({rel}) on {fu} - call back {phone2}.
Billing {cpt_ot} x2.  {staff1}, COTA""",
    ),
    "sf_slp_swallow": (
        """SPEECH-LANGUAGE PATHOLOGY: CLINICAL SWALLOW EVALUATION ({cpt_slp})
Name: {pt_lf}   MRN: {mrn}   Age: {age}   Room: {room}
Referral {today} from Dr. {md2} for coughing with meals; {dx}, {eponym}. LTC resident of {snf2}.
Oral mech: reduced labial seal L.  Trials: thin liquid via cup -> wet vocal quality.
Recommendations: {diet}; meds crushed in puree; upright 90 deg.
MBSS requested for {fu}; PAS to be scored.
SLP: {staff1}, MS, CCC-SLP (cert {cert_slp})""",
        """MBSS REPORT  accession {spec}
Patient {pt}  DOB {dob}  MRN {mrn}
Date of study {today}  Radiologist Dr. {md1}
Penetration-Aspiration Scale 5 with thin; 2 with nectar.  DIGEST grade 2.
Rec: {diet}.  Repeat in 4-6 wk.
Video clip stored (lateral view, no facial image).  SLP {staff2}.  Acct {acct}; report faxed to {snf2} at {fax}.""",
    ),
    "sf_dietitian_note": (
        """NUTRITION SCREEN / MEAL ROUNDS - {unit} - {today}
RM   PATIENT                 DIET                               INTAKE  RD FLAG
{room} {pt_caps}   {diet}   {pct_meal}   Y (MST 3)
     MRN {mrn}; wt {wt} (admit {admit}: 71.2 kg); {lab}
     {rel} {fam} brings food from home (halal) - OK per {role}; tel {phone}
Discharge TF supply: {org2}; ship to {street}, {city}, {state} {zip}; DME ID {hpid}
RD {staff1}""",
        """NUTRITION ASSESSMENT - RD  (97802)
Pt: {pt}   MRN {mrn}   Unit {unit}   Dt {today}
Age {age}  Ht {ht}  Wt {wt}  BMI {bmi}  UBW 68 kg (6 mo ago)
Dx {dx}; {lab}; {lab2}
Diet order: {diet}.  Intake {pct_meal} of meals x 3 days.
Estimated needs: {kcal} kcal, {prot} g protein, {fluid} mL fluid.
Malnutrition (ASPEN): severe, chronic.  Braden {braden}.
Interventions: {supplement} BID, {supplement2}; MVI.
Home TF company: {org2}, fax {fax}; pt's {rel} {fam} to receive formula at {street}, {city} {zip}.
RD {staff1}  pager via operator""",
        """RD follow-up {today_s}
{pt_lf} - TF Jevity 1.5 at goal 55 mL/h; residuals < 250.  Glucose {gluc}.
Wt {wt}.  Stool x{stool}.  Plan: continue; recheck prealb.
Feeding pump SN {pump_sn}.  Discussed w/ {rn1}.  - {staff2}, RD, LDN""",
    ),
    "sf_rt_log": (
        """RT home-ventilation discharge checklist
Patient: {pt}   DOB {dob}   MRN {mrn}   Acct {acct}
Trach: Shiley 6 cuffless.  Home vent: Trilogy Evo, serial {dev_sn}, UDI {udi}
Settings: {o2}; backup rate 14.  Humidifier; suction {hcpcs}.
Vendor {org2}; RT {staff1} to do home set-up at {street}, Apt {unit_no}, {city} on {dc}.
Caregivers trained: {fam} ({rel}) and {fam2} - return demo passed {today_s}.
Emergency plan faxed to local EMS {fax}.""",
        """RESPIRATORY THERAPY LOG
{pt_caps}  MRN {mrn}  {unit} {room}-{bed}  Date {today}
Time  | Device | Setting            | SpO2 | RR | BS          | RT
{time} | vent   | {o2}  | {spo2}  | {rr} | coarse      | {staff1}
{time2} | neb    | albuterol 2.5 mg  | 95%  | 20 | improved    | {staff1}
Vent serial {dev_sn} (network IP {ip}), circuit changed; in-line suction.  ABG 7.3{qty}/5{stool}/6{qty}.
Peak flow {peak} L/min.  RSBI 78.  SBT planned.
Home CPAP from pt's house, SN {pump_sn}, checked by biomed.""",
        """RT assessment - {today_dt}
{pt} ({age_w}), MR {mrn}
Home O2 via {org2} (DME member {hpid}); on {o2b} at home.
Now {o2}, FiO2 {fio2}, PEEP {peep}.  CPT {cpt_rt} x1, {cpt_rt2}.
Spoke with pt's {rel} {fam} re: home concentrator serial {dev_sn} pick-up at {street}, {city} {zip}.
RT {staff2} (RRT lic {cert_rt})""",
    ),
    "sf_chaplain_log": (
        """Pastoral care referral (from {rn1})
Pt: {pt_lf}, {age} yo, room {room}, {unit}.  Family requests imam/priest.
Pt's {rel} {fam} at bedside; {rel2} {fam2} flying in from {city} - arrival {fu}.
Chaplain on call {staff1} paged at {time2}; visit done {today_s}.
Advance directive assistance given; witnesses {staff2} and {rn3}.""",
        """SPIRITUAL CARE VISIT
Patient: {pt}   Rm {room}   {unit}   Date {today}
Referral: {role} - pt anxious before surgery.
Faith tradition: Catholic; parish in {city}.  Requested Sacrament of the Sick.
Present: pt, {rel} {fam}, {rel2} {fam2}.
Intervention: prayer, life review.  Pt spoke of late husband (d. {year}).
Plan: follow up {fu}; family CaringBridge page {url}.
Chaplain {staff1}, BCC (cert {cert_chap})""",
        """Chaplain note {today_s}.  Called to {unit} at {time3} for death of pt {pt_lf}, {age} yrs.
Supported {rel} {fam_first} and grandchildren.  Family asked for copy of prayer card mailed to {street}, {city} {zip}.
Contact for bereavement follow-up: {email}, {phone}.  Online memorial: {url}
{staff2}, staff chaplain""",
    ),
    "sf_volunteer_log": (
        """VOLUNTEER SERVICES - No One Dies Alone (NODA) vigil log
Date {today}   Pt {pt}   Rm {room}   Unit {unit}
Shift | Volunteer | Vol ID | Notes
{time}-{time2} | {staff1} | {emp} | read psalms, pt resting
{time2}-{time3} | {staff2} | {emp2} | hummed, {rel} {fam_first} arrived
Coordinator {rn3}; family phone {phone}; son driving in from {city}, ETA evening""",
        """VOLUNTEER ROUNDING SHEET  {unit}
Date: {today_s}
Rm {room}: {pt_last} - brought reading glasses, fresh water, pt asked about parking for grandson (plate {plate}).
Rm {room2}: declined visit.
Volunteer {staff1} (#{emp})  Badge photo {photo}""",
    ),
    "sf_interpreter_log": (
        """LANGUAGE ACCESS - phone interpreter call log ({unit})
date,start,end,language,interpreter_id,patient,mrn,staff
{today},{time},{time2},{lang},{emp},"{pt_lf}",{mrn},"{rn1}"
{today},{time3},{time3},{lang},{emp2},"{pt_lf}",{mrn},"{staff1}"
notes: 2nd call dropped; vendor {org2}; pt's {rel} {fam} on speaker ({phone})""",
        """INTERPRETER SERVICES ENCOUNTER LOG
Date/Time: {today_dt}   Language: {lang}   Modality: VRI
Patient: {pt_lf}   MRN: {mrn}   Location: {unit} {room}
Interpreter: {staff1}, ID {emp}, certification {cert_int}
Session ID {job}; video endpoint {ip}; link {url}
Encounter: informed consent, {role} and pt; duration {min} min.  Pt from {hood} in {city}.
Family member ({rel}, {fam}) declined to interpret per policy {policy}.""",
        """Registro de intérprete / interpreter note
Fecha: {today}   Paciente: {pt}   Hab. {room}
Idioma: {lang}.  Intérprete: {staff2} (cert. {cert_int})
Se explicó el plan de alta y la dieta ({diet}) al paciente y a su {rel}, {fam_first}.
Teléfono de la familia {phone}.  Duración {min} min.  Pt teach-back OK.""",
    ),
    "sf_bed_board": (
        """EVS / BED STATUS BOARD   updated {time3}
UNIT      ROOM  STATUS     PATIENT             EXP DC     NOTE
{unit}  {room}  occupied   {pt_last_caps}          {dc}   {iso}; wait on {snf}
{unit}  {room2}  dirty      --                   --         terminal clean
{unit2}  {room}  blocked    --                   --         {iso}
House sup {staff1}; bed request {job}; ADT host {ip}""",
        """BED BOARD - pending admits ({time3})
Req# | Patient | MRN | From | To unit | Level | Iso | Notes
{job} | {pt_caps} | {mrn} | ED bay 14 | {unit} | tele | {iso} | {age} yo, {dx}
ADT audit: request created {today_dt} from workstation {ip}
Registration: palm-vein ID {bio}; wristband photo {photo}; SSN {ssn} (self-pay screen)
Ins {hpid}; FIN {fin}.  Bed assigned {room}-{bed} by house supervisor {staff1}.""",
        """Patient Placement transfer request
Transfer from {snf} (fax {fax}) to {unit}
Pt {pt}, DOB {dob}, SSN {ssn}, MRN {mrn}
Accepting: Dr. {md1}; accepted {today_s}.  Level of care PCU.  {o2}.
Placement RN {rn1}; request {job}""",
    ),
    "sf_transport_request": (
        """TRANSPORT JOB LOG (csv)
job_id,requested,patient,mrn,from,to,mode,transporter
{job},{today_dt},"{pt_lf}",{mrn},{unit} {room},"Dialysis, 1st floor",wheelchair,"{staff1}"
# o2 {o2}; iso {iso}; escort tech id {emp}; callback {phone}""",
        """TRANSPORT REQUEST  #{job}
Requested {today_dt} by {rn2} (ext via Vocera)
Patient: {pt_lf} ({age_w})   MRN {mrn}   From: {unit} {room}-{bed}   To: CT 2
Mode: stretcher, {o2}, {drip} - RN to accompany.  Iso: {iso}
Fall risk Y (Morse {morse}).  Transporter {staff1} ({emp})""",
        """DISCHARGE TRANSPORT - private vehicle / ambulance
Pt {pt} ({age}), {unit} {room}, d/c {dc}
Destination: {street}, {city} {zip}  (county: {county})
Family vehicle: {rel} {fam}, VIN {vin}, plate {plate}; wheelchair to main lobby.
If ambulance: {org2}, prior auth {pa}, Medicaid {hpid}, SSN {ssn}.  Facesheet faxed {fax}.""",
    ),
    "sf_belongings_inventory": (
        """PROPERTY ENVELOPE RECEIPT  No. {case}
RECEIVED FROM: {pt_caps}    MRN {mrn}    ACCT {acct}
ADDRESS: {street}, {city_caps}, {state} {zip}
1 yellow metal ring, 1 watch (Casio), {cash} cash, 1 VISA card, 1 state ID {dl}
Vehicle at valet: VIN {vin}  tag {plate}
Received by: {staff1} (security)   Witness: {rn2}   Date/time {today_dt}""",
        """PATIENT BELONGINGS INVENTORY
Patient: {pt_caps}   Age {age}   MRN {mrn}   Admit {admit}   Room {room}
Item                           Qty   Disposition
Wallet w/ driver's lic {dl}     1    sent to security, env #{case}
Cash                            {cash} security safe
Hearing aids (R+L) SN {dev_sn}   2    at bedside
Home CPAP ResMed SN {pump_sn}   1    at bedside
Car keys (plate {plate})        1    given to {rel} {fam}
Cell phone                      1    at bedside
Medicare card / SS card {ssn}   1    security
Patient photo for ID: {photo}
Witness 1: {rn1}   Witness 2: {staff1}   Pt signature (unable) {today}""",
        """Belongings checklist - {unit}
{pt_lf} / {mrn} / {today_s}
[x] dentures (upper)  [x] glasses  [ ] hearing aid  [x] cane
[x] insulin pump Medtronic 780G SN {dev_sn} - removed per protocol, bagged
[x] clothing bag x{bag}
Released to {fam} ({rel}) - ID checked: DL {dl}.  Staff {rn2}""",
    ),
    "sf_lost_and_found": (
        """SECURITY LOST & FOUND REPORT {case}
Item: upper denture in pink cup, found {event_dt} in {unit} tub room
Belongs to: {pt} (former pt rm {room}), discharged {dc} to {snf}
Owner contact: {rel} {fam} {phone}; {email}
Officer {staff2} badge {emp}.  Shipped to {street}, {city} {zip}.""",
        """lost & found - {today}
found: wallet, no cash.  ID inside: {pt_caps}, DL {dl}, DOB {dob}, addr {street} {city_caps} {state}
also Medicare card ({hpid}), SS card {ssn} and key fob tag plate {plate}
logged by {staff1} ({emp}); pt located in {unit} {room}, returned {today_s}""",
    ),
    "sf_visitor_log": (
        """visitor restriction note - {today_dt}
Per pt {pt} and security (case {case}): NO visits from {fam2}.  Approved visitors: {fam} ({rel}), {fam_first}'s kids.
Photo of restricted person on file with security: {photo}; last known car plate {plate}.
Unit {unit}; pt listed as confidential ("No Info") in ADT.  RN {rn1}, supervisor {staff2}.""",
        """VISITOR LOG - {unit} (after-hours entry)
Date | Visitor | Visiting | Rm | In | Out | ID checked | Parking
{today_s} | {fam} | {pt} | {room} | {time} | {time2} | DL {dl} | plate {plate}
{today_s} | {fam2} | {pt_last} | {room} | {time3} | - | badge photo {photo} | none
Screened: no fever.  Visitor kiosk IP {ip}; kiosk fingerprint check-in {bio}.  Desk: {staff1}""",
        """Virtual visit request (iPad) {today}
Patient {pt_lf}, rm {room}
Family: {fam} ({rel}) in {city}, {state}; email {email}; meeting link {url}
Scheduled {time3}; RN {rn2} to assist.  Hospital iPad asset SN {dev_sn}, joined from {ip}.""",
    ),
    "sf_rrt_note": (
        """RRT CALL RECORD (pipe export)
EVT|{case}|{event_dt}|{unit}|{room}|{sbar_s}
PT|{pt_lf}|{mrn}|{dob}|{age}|{code}
VS|HR {hr}|BP {bp}|RR {rr}|SpO2 {spo2}|{o2}|MEWS {mews}
TEAM|RN {rn1}|RT {staff2}|MD {md2}
OUT|stayed on unit|family {fam} {phone}|home {city} {zip}""",
        """RAPID RESPONSE TEAM NOTE
Called {event_dt} to {unit} Rm {room} for {sbar_s}.
Pt: {pt} ({age} y), MRN {mrn}, admitted {admit} for {dx}, {code}.
Findings: HR {hr}, BP {bp}, RR {rr}, SpO2 {spo2} on {o2} -> {o2b}. MEWS {mews}, NEWS2 {news}.
Interventions: {drip}; {drug}; {lab}; ECG.
Disposition: transfer to {unit2}; Dr. {md1} at bedside; family ({rel} {fam}) updated at {phone}.
Pt resides at {snf2} (baseline {o2b}).
RRT RN {rn1}  RT {staff2}  Event ID {case}""",
        """rrt f/u note {today_s} -- seen {time3}: {pt_lf} stable on {o2}, MAP {map}, lactate trend down.
sepsis bundle complete (SEP-1).  {drug2}.  ICU declined.
rrt rn: {rn3}; bedside rn {rn2}; hospitalist Dr {md1}""",
    ),
    "sf_ciwa_flowsheet": (
        """WITHDRAWAL ASSESSMENT - CIWA-Ar / COWS
Patient: {pt}  (pref. "{pt_nick}")   MRN {mrn}   Rm {room}   Adm {admit}
Last use per pt: alcohol {yday_s}, fentanyl {today_s}
CIWA {ciwa}  COWS {cows}  BP {bp}  HR {hr}  T {temp}
Meds: {drug}; buprenorphine 4 mg SL induction; {drug3}
Pt agrees to addiction consult; counselor {staff1}.  PDMP checked: Rx {rx} filled in {city}.
RN {rn1}""",
        """CIWA-Ar FLOWSHEET   {pt_lf}   MRN {mrn}   Rm {room}
Date {today}   Protocol {policy}   Last drink per pt: {yday_s}
Time | N/V | Tremor | Sweats | Anx | Agit | Tactile | Aud | Vis | HA | Orient | TOTAL | Med
{time} | 2 | 3 | 2 | 3 | 2 | 1 | 0 | 0 | 1 | 1 | {ciwa} | {drug}
{time2} | 1 | 2 | 1 | 2 | 1 | 0 | 0 | 0 | 1 | 0 | {qty} | none
Thiamine given; {drug3}.  BP {bp}, HR {hr}, T {temp}.
RN {rn1}  / cosign {rn2}""",
        """alcohol w/d monitoring {today_s}
pt {pt_first} {pt_last}, {age} yo, lives alone in {city} ({county}), hx {dx2}.  ciwa {ciwa} -> {drug}.  COWS {cows}.
wife {fam_first} asked that no info be given to {fam2}.  SBIRT done by {staff1} on {yday_s}.
referral to detox program in {city_caps}, ref {case}.
RN {rn2}""",
    ),
    "sf_pump_verification": (
        """INDEPENDENT DOUBLE CHECK - high-alert infusion
Pt {pt_lf}  MRN {mrn}  Wt {wt}   {unit} {room}   {today_dt}
Drug/conc: {drip}
Rate on pump {rate}; pump channel A serial {pump_sn}; UDI {udi}
Library/profile: ICU adult; guardrails ON.  Pump network IP {ip}
RN 1 {rn1} ({emp})   RN 2 {rn2} ({emp2})
Both signed via Omnicell fingerprint {bio}""",
        """Pump swap note - {today_s}
Alaris module failed (error 310-4301). Replaced: old SN {dev_sn} tagged to biomed, new SN {pump_sn}.
{pt} (MRN {mrn}) - {drip2} restarted at {time2}.  No interruption > {min} s.
New channel programmed after Omnicell fingerprint login {bio}.  {rn3} RN, {rn2} RN""",
    ),
    "sf_elopement_alert": (
        """SECURITY BOLO - INPATIENT
NAME: {pt_caps}   AKA "{pt_nick}"   AGE: {age}
LAST SEEN: {unit} rm {room}, {today_dt}
CLOTHING: hospital gown, tan coat.  CONFUSED; {eponym}.
HOME ADDR: {street}, {city} {zip} - police ({county} sheriff) asked to check.
Vehicle registered to pt: plate {plate}.
PHOTO ATTACHED: {photo}
Report by {staff2}, security #{emp}; call {phone}""",
        """ELOPEMENT RISK / WANDER ALERT
Patient: {pt}  ({age} y/o)  MRN {mrn}   Unit {unit} rm {room}
Photo for security: {photo}
Description: 5'4", white hair, blue gown, walks with cane, answers to "{pt_nick}".
Wander band serial {dev_sn}.  Lives at {street}, {hood}, {city}.
If found, call {phone} (unit) or security; family {fam} {phone2}.
Code Silver policy {policy}.  Issued {today_dt} by {rn1}""",
        """CODE SILVER DEBRIEF - case {case}
Pt {pt_caps}, {age_w} y/o, left {unit} on {today_s} (last seen on camera {time2}); found in parking garage level 3 by {staff2}.
Face-recognition door camera match template {bio}; ID photo {photo}.
No injury; BP {bp}, glucose {gluc}.  Sitter initiated {ratio}.  Family {fam} notified.""",
    ),
    "sf_admission_database": (
        """ADMISSION NAVIGATOR - NURSING INTAKE (screen print)
Pat. name ........ {pt_lf}         MRN ....... {mrn}
Birth date ....... {dob}            Age ....... {age}
Adress ........... {street}
                   {city}, {state} {zip}
Phne (home) ...... {phone}    (cell) {phone2}
E-mail ........... {email_pt}
PCP .............. Dr. {md1}   NPI {npi}
Pharmacy ......... {org2}, {city}
Hx falls in last 6 mo: yes ({prior}).  Braden {braden}  Morse {morse}
Valuables: see belongings form; glasses, hearing aid case
Interviewed by {rn2} at {time3}""",
        """NURSING ADMISSION DATABASE
Name: {pt_lf}      Preferred name: {pt_nick}    Sex: F
DOB: {dob}   Age: {age}   MRN: {mrn}   FIN: {fin}
Address: {street}, Unit {unit_no}, {city}, {state} {zip}
Phone: {phone}   Email: {email_pt}   SSN: {ssn}
Emergency contact: {fam} ({rel}) {phone2}
Advance directive: {code}; HCPOA {fam2}
PatientSecure palm-vein enrollment: {bio}
Home meds reconciled with {org2} Rx {rx}
Prior admission {prior} ({dx2}).  Smoking: quit {year}.
Admitting RN {rn1}""",
        """Admission intake (ED to {unit})  {admit}
{pt_caps}  DOB {dob}  MR# {mrn}  ACCT {acct}
Insurance {org}  ID {hpid}  group {group}  Policy holder {fam}
SSN {ssn}   DL {dl}   ID photo captured: {photo}
Braden {braden}, Morse {morse}, CIWA {ciwa}, PHQ-2 1, C-SSRS low.
Admitting RN {rn2}, lic {rn_lic}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """SHIFT ASSESSMENT TEMPLATE (blank) - {unit} Rm {room}-{bed}
VS: T {temp} HR {hr} RR {rr} BP {bp} SpO2 {spo2} on {o2}
Braden {braden} ({braden_sub}); Morse {morse}; CIWA {ciwa}; pain {pain}/10
Diet {diet}.  Lines {iv}.  Drip {drip}.  Form {form}.""",
    """SBAR (teaching example)
S: {age_ly} yo in {room}, {sbar_s}.  B: {dx}, hx {eponym}. {code}.
A: BP {bp}, HR {hr}, SpO2 {spo2} on {o2}; {lab}.
R: {role} to evaluate; recheck {lab2} at {time}.""",
    """Unit huddle {time2} - {unit}
Census 28/30, 2 pending admits, 1 sitter ({ratio}).  Falls this month: {qty}.
HAPI rate 0.8 per 1,000 pt days.  Policy {policy} updated {year}.  Reminder: {dressing} on all Braden <= 18.""",
    """I&O totals (de-identified audit) {shift}
IN {intake} mL / OUT {output} mL; UOP {uop} mL/h; stool x{stool}; fluid restriction {fluid} mL.
Rev code {rev}; CPT {cpt}.""",
    """MAR dose range reference
{drug} | {drug2} | {drug3}
Drip: {drip} - rate {rate}.  NDC {ndc}; lot {lot} (floor stock, exp {ext_yr}).""",
    """Morse Fall Scale scoring key (Form {form})
History of falls 25; secondary dx 15; ambulatory aid 0/15/30; IV 20; gait 0/10/20; mental status 0/15.
Score {morse}: {fall_int}.  High risk >= 45 per {policy}.""",
    """Braden reference card: sensory/moisture/activity/mobility/nutrition/friction = {braden_sub} -> {braden}.
Stage guide: {wound}.  Surface {hcpcs}; dressing {dressing}.""",
    """Restraint policy {policy} summary
Non-violent: {restraint}; renew order q24h; monitor q2h; face-to-face within 1 h for violent.
Alternatives: {fall_int}, {equip}, family presence.  Form {form}.""",
    """RT protocol {policy}: {o2} -> wean to {o2b} when SpO2 >= 92%.  FiO2 {fio2}, PEEP {peep}.
Albuterol 2.5 mg neb q4h PRN; peak flow {peak} L/min.  CPT {cpt_rt}, {cpt_rt2}; HCPCS {hcpcs}.""",
    """DIET ORDER CHANGE - {unit} rm {room}
Old: Regular.  New: {diet}.  Kcal goal {kcal}, protein {prot} g, fluid {fluid} mL.
Supplement {supplement} BID.  Meal intake {pct_meal}.""",
    """PT/OT billing summary (weekly) {unit}
{cpt_pt} x {qty}; {cpt_ot} x 2; {hcpcs} ordered; charge {money}.  AM-PAC mean {ampac}.""",
    """Discharge readiness checklist (blank)
[ ] meds reconciled ({drug})  [ ] DME {hcpcs}  [ ] follow-up within 7 days  [ ] {org} referral
DRG {drg}; expected LOS {hd} d; ICD-10 {icd}, {icd2}.""",
    """Chaplaincy monthly stats: {qty} visits to {unit}, {qty} end-of-life, sacrament x2.  Program of {org}.
Volunteer hours {years}.  Budget {money}.""",
    """Interpreter services utilization {year}: {lang} most requested, then {language2}.
VRI average connect time 28 s; in-person {min} min average.  Policy {policy}.""",
    """Bed board snapshot {time3}
{unit}: 2 clean, 1 dirty, 0 blocked.  {unit2}: full.  ED boarders 6.  Iso rooms: {iso}.
Rooms {room}, {room2} pending EVS.""",
    """Transport dashboard {shift}: 142 jobs, median response {min} min, stretcher 38%, wheelchair 52%.
Top delay: elevator bank B.  {role} notified.""",
    """Belongings policy {policy}: valuables to security safe; cash over {cash} counted by two staff.
Dentures in labeled cup; hearing aids at bedside.  Form {form}.""",
    """Visitor policy update ({year}): 2 visitors per pt, 0900-2000; {unit} 1 visitor; masks in {iso} rooms.""",
    """RRT activation criteria: HR < 40 or > 130; SBP < 90; RR < 8 or > 28; SpO2 < 90% on {o2}; acute change in mental status; MEWS >= {mews}.
Last quarter {qty} calls; sepsis {pct}.""",
    """CIWA-Ar protocol (Form {form}): score {ciwa} -> {drug}; score < 8 no med.  Thiamine 100 mg daily x3.  COWS {cows}.""",
    """Pump library update v{qty}.{stool}: {drip}; hard limit {rate}; {drip2}.  Lot {lot} tubing recall N/A.""",
    """Dietitian education handout: {eponym} and nutrition; {diet}.  {lab}; {lab2}.  {supplement} 1 carton = 350 kcal.""",
    """Educational in-service - {eponym2} and fall prevention, {unit}, {time3}.  Presenter: {role}.  CEU 1.0.  {org2}.""",
    """SLP swallow screen (blank): sips 3 oz water; if cough -> NPO and consult.  {diet}.  CPT {cpt_slp}.  PAS scale 1-8.""",
    """Quality dashboard: CAUTI {qty}, CLABSI 0, falls w/ injury 1; Braden compliance {pct}; LOINC {loinc}; SNOMED {snomed}.""",
    """Code status audit: {code} documented in {pct} of charts on {unit}.  Age {age_ly} median.  {role2} to review.""",
)
