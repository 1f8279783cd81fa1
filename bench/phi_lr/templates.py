"""Document templates for set R: rehabilitation, disability services and assistive technology.

``TEMPLATES`` maps a note type to 2-4 templates; ``{key}`` is filled from ``values`` (a typed value
becomes a gold span). ``NEGATIVE_TEMPLATES`` use look-alike keys only.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "sr_irf_pai_admission": (
        """IRF-PAI ADMISSION ASSESSMENT ({form}, {form_ver})
Facility: {fac}   CCN {ccn}   Facility NPI {org_npi}
Item 1  Patient First Name ........ {pt_first}
Item 2  Patient Last Name ......... {pt_last}
Item 4  Medicare Beneficiary No ... {mbi}
Item 5  Medicaid No ............... {medicaid}
Item 6  Social Security No ........ {ssn}
Item 8  Birth Date ................ {dob}
Item 12 Admission Date ............ {d_adm}
Item 13 Assessment Ref Date ....... {d_eval}
Item 15A Admitted From ........... 02 (short-stay acute)
Item 16 Pre-hospital ZIP .......... {zip}
Item 21A Impairment Group ........ {igc}   Etiologic Dx {icd}   Comorbid {icd2}
Item 23 Date of Onset ............. {d_inj}
CMG {cmg_full}  {tier}   GG self-care {gg_self}  GG mobility {gg_mob}
Admission FIM (legacy) {fim_adm}/126: eating {fim_eat}, grooming {fim_groom}, bathing {fim_bath}, transfers {fim_xfer}
Completed by: {rn}, RN  Medical record {mrn}  Encounter FIN {fin}
""",
        """{fac} - Inpatient Rehabilitation Admission H&P
Pt: {pt_lf}    DOB {dob}    Age {age90}    MRN {mrn}
Adm {d_adm} from {fac2} after {eponym}; onset {d_inj}.
Lives alone at {street}, {unit}, {city}, {state} {zip}; daughter {rel} ({phone}) is POA.
HPI: {age90}-yo with {icd} - see acute records. Pre-morbid: modified independent with rollator.
Exam: BP {bp} HR {hr} SpO2 {spo2}% on RA. Strength R hip flexors {mmt}, L {mmt2}. Berg {berg}/56.
Plan: PT/OT/SLP 3 h/day 5 d/wk per {policy}; ELOS 14 days; IRF-PAI item 21A {igc}, CMG {cmg}.
Registration palm-vein enrollment ID {bio} captured at admitting desk ({time}).
Payer: Medicare Part A, MBI {mbi}; secondary {payer}, member {member}, group {group}.
Attending: {md}, MD (NPI {npi}); dictated {dt_stamp}.
""",
        """ADMIT NOTE -- {unitnm} rm {room}{bed}
{pt_caps}  #{mrn}  acct {acct}
dob: {dob}   adm: {d_adm}   referring: Dr. {md_last} @ {fac2}
SSN on face sheet {ssn}; MBI {mbi}
Home: {street_rr}, {city} ({county}) {zip}
Emerg contact: {rel} (son) cell {phone} / home {phone2}
FIM adm total {fim_adm}; motor {fim_mot}; cog {fim_cog}.  Barthel {barthel}/100.
Dx {icd} {eponym}. Meds: {med}; {med2}.
Signed {md_init} {d_sig} {time}
""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "sr_team_conference_minutes": (
        """INTERDISCIPLINARY TEAM CONFERENCE - {unitnm}
Date: {d_conf}   Patient: {pt}   MRN: {mrn}   Adm: {d_adm}
Present: {md} (physiatry), {pt_th} PT, {ot} OTR/L, {slp} CCC-SLP, {cm} RN CM, {psych} PhD
PT ({pt_th_first}): Berg {berg}/56, 6MWT {smwt} m, TUG {tug} s, gait 150 ft w/ {afo}.
OT: FIM grooming {fim_groom}, bathing {fim_bath}; LUE shoulder flexion {rom}.
SLP: MoCA {moca}/30, {rancho}.
CM: home eval of {street}, {city} done {d_short}; 3 steps no rail, ramp quote from {builder}.
Spouse {rel_first} to attend family training {d_next}.
Barriers: {eponym2}. Anticipated d/c {d_dc} to home with {hh_agency}.
Next conference {d_short2}. Payer update to {payer}: auth {pa_ref}.
""",
        """Team Conf | wk {seq} | {pt_lf} ({age90} y) | rm {room}
-------------------------------------------------------
discipline | goal                     | status
PT         | amb 150ft mod I          | 6MWT {smwt} m, Berg {berg}
OT         | LB dressing SBA          | FIM {fim_bath}/7
SLP        | recall 3/3 after 5 min   | SLUMS {slums}
Nursing    | bowel program            | q2d supp, {med}
CM         | d/c to dtr's home        | {rel}, {street}, {city} {zip}, tel {phone}
Physician: {md} - EDD {d_dc}; Medicare {mbi}. CMG {cmg}, {tier}.
minutes by {sw} {dt_stamp}
""",
        """Weekly team conference note for {pt_caps}, MRN {mrn}, held {d_conf} in conference room {room}.
{role} reported progress: FIM motor {fim_mot}, cognitive {fim_cog}; 10MWT {tenmwt} m/s.
Barriers discussed: wife {rel} works nights at {fac2}; house in {hood} has 14 entry steps.
Vocational history: employee ID {emp_id} at Harbor Freight warehouse; employer contact {rep}, {phone2}.
Plan: extend LOS through {d_dc}; request {hcpcs_k} trial; PA {pa_ref}. Family meeting {d_short}.
Signed electronically by {md}, DO on {dt_stamp}.
""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "sr_irf_discharge_plan": (
        """DISCHARGE PLAN / INSTRUCTIONS - {fac}
Patient: {pt}     DOB: {dob}     MRN: {mrn}     FIN: {fin}
Admit {d_adm}  Discharge {d_dc}  Disposition: home with HH
Discharge address: {street} {unit}, {city}, {state} {zip}
Caregiver: {rel}  {phone}
FIM adm {fim_adm} -> d/c {fim_dc}. Barthel {barthel}. Berg {berg}. 6MWT {smwt} m.
Equipment: {wc} ({hcpcs_k}) serial {serial}; {cushion} {csize} in; drop-arm commode {hcpcs_e}.
Home health: {hh_agency} - first visit {d_next}; outpt PT at {fac2} {d_appt}.
Follow-up: Dr. {md_last} physiatry clinic {d_short} at {time2}; call {phone2}, fax {fax}.
Meds: {med}; {med2}.  Questions: portal {url}
RN: {rn}   Patient/caregiver signature on file {d_sig}
""",
        """Discharge Summary (IRF)
{pt_lf} ({age90} y)  |  {mrn}  |  adm {d_adm}  |  dc {d_dc}
Impairment group {igc}; CMG {cmg_full}. Diagnoses: {icd}, {icd2}.
Course: admitted from {fac2}. FIM total {fim_adm} -> {fim_dc}; gait {smwt} m w/ rollator; {mmt} hip abductors.
DC to: son's home, {street}, {city} ({county}), phone {phone}.
DME delivered {d_deliv} by {supplier}: {wc}, SN {serial}.
Outpatient: {ot} OT and {pt_th} PT at {fac}, starting {d_next}.
Medicare {mbi}; supplemental {member}.
Electronically signed: {md}, MD, NPI {npi}, {dt_stamp}
""",
        """PLAN DE ALTA (paciente hispanohablante, interpretación por teléfono)
Nombre: {pt}   Fecha de nacimiento: {dob_es}   Expediente: {mrn}
Alta: {d_es}. Dirección: {street}, {city}, {state} {zip}. Teléfono: {phone}
Cuidadora: {rel} (hija). Equipo: silla de ruedas {wc}, número de serie {serial}.
Cita con Dra. {md_last} el {d_appt} a las {time2}. Terapia física en {fac2}.
FIM ingreso {fim_adm} / alta {fim_dc}. Medicamentos: {med}.
Interpreter {rel2} ID {emp_id}; RN {rn}.
""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "sr_sci_clinic_visit": (
        """SPINAL CORD INJURY CLINIC - ANNUAL EVALUATION
{fac}  -  {street2}, {suite}, {city2}  -  Tel {phone2}  Fax {fax}
Name: {pt}   DOB: {dob}   SCI registry MRN {mrn2}   SCIMS subject {study_id}
Injury: {level} {asia}, DOI {d_inj} ({eponym}). Visit {d_eval}.
ISNCSCI: UEMS {fim_mot}/50; key muscles elbow flexors {mmt}, wrist ext {mmt2}. Ashworth {ash}.
Bladder: IC q4h; Bowel: dig stim {med2}. Skin: sacrum intact; seating pressure map peak {pressure} mmHg on {cushion}.
Equipment: {wc} SN {serial}, tilt {tilt}°, recline {recline}°; ITB pump serial {serial2}, {med}.
Dispo: return {d_next}. Letters to {org}. Seen by {md}, MD and {np}, NP.
""",
        """SCI clinic f/u  {d_eval}
{pt_lf} ({pt_nick}), {level} AIS, DOI {d_inj}, VA ID {mrn2}
Lives {city}, {county}; wife {rel_first} present.
c/o autonomic dysreflexia x2 since {d_short}; BP {bp} sitting, {hr}.
Pump interrogation: SN {serial2}, reservoir {pct}%; refill {d_next}.
A1c {a1c} {ref_range}. Hgb {hgb}.
Plan: urology {fac2}; new cushion {cushion} {csize}; K-code {hcpcs_k}.
{md_init}, MD / NPI {npi}
""",
        """SCI Model System follow-up interview (phone)
Subject {study_id} - {pt} - contact {phone} / email {email}
Interviewer: {sw}  Date: {d_eval}
Residence: {street}, {city}, {state} {zip} (moved {d_monyr})
Employment: part-time, {pdc} PDC; CHART-SF mobility {pct}. SWLS {slums}.
Rehospitalized at {fac2} {d_short} for UTI.
Next contact due {d_next}. Record linked to MRN {mrn}.
""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "sr_tbi_clinic_followup": (
        """BRAIN INJURY CLINIC FOLLOW-UP
Pt: {pt}  DOB {dob}  MRN {mrn}  Seen {d_eval}
Injury {d_inj}: MVC, GCS {gcs} at scene; {icd}. Now {rancho}.
Neuropsych ({psych}, PhD) on {d_short}: MoCA {moca}/30, processing speed 9th %ile.
Mom {rel} reports irritability; family lives {street}, {city}, tel {phone}.
Meds: {med}; {med2}. BP {bp}.
Return-to-drive: not cleared; referral to CDRS {cdrs} at {fac2}, fax {fax}.
Brain injury waiver case {waiver} pending; {org} coordinator {cm}.
{md}, MD  NPI {npi}  {dt_stamp}
""",
        """TBI clinic - telehealth ({url})
{pt_caps} / {mrn} / age {age}
Visit {d_eval} {time}. Connected from {ip} (home, {city}).
HA 4/10; sleep 5 h; {eponym} ruled out. RLA level per {role}: {rancho}.
Spouse {rel_first} asks about {org}; SSDI pending, SSA claim {ssa_case}.
Plan: amantadine; OT cog {cpt}; f/u {d_next}. {md_init}
""",
        """Brain Injury Clinic -- Letter to PCP
{d_sent}
Dr. {md2_last}
{street2}, {suite}
{city2}, {state} {zip2}
Re: {pt}, DOB {dob}
Dear Dr. {md2_last}, I saw {pt_first} today in the {fac} brain injury clinic. Since {pt_nick} was
discharged on {d_dc}, MoCA improved {moca}/30. Please refill {med}. Our fax is {fax}; my line {phone2}.
Sincerely, {md}, MD
""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "sr_prosthetic_eval": (
        """PROSTHETIC EVALUATION - {op_org}
Patient: {pt}  DOB: {dob}  Ins: {payer} ID {member}  Grp {group}
Referring MD: {md} (NPI {npi})   Rx date {d_rx}
Amputation: L transtibial {d_inj} ({icd}, {eponym}). K-level assessed {klevel}; AMPPRO {berg}.
Residual limb: length 14 cm, volume stable; knee ROM {rom}; hip ext {mmt}.
Current socket: {hcpcs_l} w/ {hcpcs_l2}; foot {pros} SN {pros_serial}.
Limb photos RL_ant.jpg / RL_lat.jpg (limb only, no face).
Recommend new socket, {pros2}. Gait videos shared to {url2}. Practitioner {orth}, CPO (cert {cpo_cert}). {abc_acc}.
Eval {d_eval} at {street2}, {city2}; call {phone2}.
""",
        """Prosthetics clinic note {d_eval}
{pt_lf}, {age}M, R TFA {d_inj}, Medicare {mbi}
Walks {smwt} m 6MWT w/ {pros}; knee SN {pros_serial}, warranty thru {d_exp}.
Fall {d_short} in parking lot at {fac2}; no injury.
Plan: {hcpcs_l} + {hcpcs_l2}; CMN to Dr. {md_last}, fax {fax}.
{orth_init}, CPO
""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "sr_orthotic_casting_note": (
        """CASTING / MEASUREMENT NOTE
{pt} | DOB {dob} | acct {acct}
Device: {afo} ({hcpcs_l}) R; {hcpcs_l2} addition. Casting date {d_eval}.
Plaster negative mold, subtalar neutral; DF ROM {rom2}; Ashworth {ash}.
Fitting scheduled {d_appt} {time2}; materials {lot} (stock, polypropylene 4.8 mm), {part}.
Orthotist: {orth}; assistant {tech}. Referring {md}, NPI {npi}.
Patient lives {city}; mother {rel} transports; {phone}.
""",
        """FITTING & DELIVERY - orthosis
Name: {pt_caps}  MRN {mrn}  Plan member {member}
Item: {afo}, {hcpcs_l}; UDI {udi}
Fitted {d_deliv}; trim lines adjusted; skin check 20 min: no redness. Gait {tenmwt} m/s.
Wear schedule 2h on/1h off. Recheck {d_next}.
{orth}, CO   {phone2}   {street2}, {city2} {zip2}
""",
        """Casting & fitting log - {op_org}
date       | patient              | item                 | status
{d_a} | {pt_lf} | {hcpcs_l} cast      | sent to fab, {lot}
{d_b} | {pt_lf} | test socket          | fit OK, {orth_first}
{d_c} | {pt_lf} | definitive delivery  | SN {pros_serial}
referral {md}, NPI {npi}; auth {pa_ref}
""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "sr_dme_delivery_receipt": (
        """{supplier} - DELIVERY TICKET / PROOF OF DELIVERY
Supplier NPI {org_npi}  PTAN {ptan}  NSC {nsc}  Tax ID {tax_id}
Invoice {invoice}   Delivered {d_deliv}
Ship to: {pt}, {street} {unit}, {city}, {state} {zip}   Ph {phone}
QTY HCPCS  DESCRIPTION                        SERIAL / LOT
{qty}   {hcpcs_k}  {wc}                  {serial}
1   {hcpcs_e}  {cushion} {csize}            {serial2}
1   {hcpcs_e2}  anti-tippers, {part}          stock {lot}
Received in good condition by: {rel} (relationship: spouse)  Date: {d_deliv}
Driver/tech: {tech}   Ordering physician {md}, NPI {npi}
Medicare {mbi}    Medicaid {medicaid}
""",
        """POD # {invoice}
RECV BY: {pt_caps}
ADDR: {street} / {city} {zip}
ITEM: {sgd} S/N {sgd_serial}  |  mount {part}  |  {hcpcs_e}
ITEM: {loan_item2}  stock lot {lot2}
SIGNED {dt_stamp}  tech {tech_first}
""",
        """Delivery receipt (scanned, OCR)
Patlent: {pt_ocr}   D0B {dob_ocr}
Addr: {street_ocr}, {city}
Equipment: {wc} SN {serial}; {cushion}
Delivered {d_deliv} by {tech}; acct {acct}
""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "sr_seating_mobility_eval": (
        """WHEELCHAIR SEATING & MOBILITY EVALUATION
Client: {pt}   DOB: {dob}   Dx: {icd} ({eponym})   Date: {d_eval}
Clinic: {fac}, {street2}, {city2}   Therapist: {pt_th}, PT   ATP: {atp} (RESNA ATP #{atp_cert})
Referring: {md}, NPI {npi}   Payer: Medicaid {medicaid}
Measurements (in): hip width {hip_w}; seat width {seat_w}; seat depth {seat_d}; back height {back_h};
seat-to-floor {stf}; weight {weight_lb} lb; height {height}.
MAT: hip flex {rom}; knee ext lacks 20°; trunk {mmt}. Pressure map peak {pressure} mmHg.
Current: {wc2} SN {serial} ({year}), worn upholstery.
Recommend: {wc} with power tilt {tilt}° / recline {recline}°; {cushion} {csize}; {hcpcs_k}, {hcpcs_e}, {hcpcs_e2}.
Home accessible? Ramp at {street}, {city}; door widths {doorw} in.
Vendor {supplier}, rep {rep}, {phone2}.
""",
        """Seating clinic | {d_eval}
{pt_lf} | MRN {mrn} | {age} yo | {level} {asia}
hip {hip_w} / seat {seat_w} x {seat_d} / back {back_h} / STF {stf}
sliding into PPT; sacral hx; pressure {pressure} mmHg on {cushion}
trial {wc} (demo SN is vendor's, not pt's); tilt {tilt}
pt email {email}; mom {rel} {phone}
ATP {atp_init} cert {atp_cert}; PT {pt_th_init}
""",
        """MOBILITY ASSESSMENT (MRADL) - for {payer}
Beneficiary: {pt_caps}   MBI {mbi}   DOB {dob}
Face-to-face exam {d_eval} by Dr. {md_last}; home assessment {d_short} at {street}, {city} {zip}.
Cannot safely use cane/walker (Berg {berg}, TUG {tug} s); cannot self-propel manual {wc2} (UE {mmt}).
Can operate PWC: joystick trial {speed} mph, no collisions. {hcpcs_k}; cushion {hcpcs_e}.
Specialty evaluation by {pt_th}, PT (license {st_lic}), no financial relationship with supplier.
""",
    ),
    # 10 -----------------------------------------------------------------------------------------
    "sr_wheelchair_lmn": (
        """{fac}
Physical Medicine & Rehabilitation   {street2}   {city2}, {state} {zip2}
Phone {phone2}   Fax {fax}   {url}

{d_sent}

LETTER OF MEDICAL NECESSITY - Complex Rehab Power Wheelchair
Patient: {pt}   DOB: {dob}   Member ID: {member}   Group: {group}

To whom it may concern at {payer}:
{pt_first} is a {age}-year-old with {eponym} ({icd}) evaluated in seating clinic on {d_eval}.
Strength: shoulder flexion {mmt}, grip {grip}. Berg {berg}/56. He cannot ambulate functional distances.
I prescribe {wc} ({hcpcs_k}) with power tilt ({hcpcs_e}) and {cushion} ({hcpcs_e2}) to prevent
pressure injury (history of stage 4 sacral wound, {d_inj}).
Prior authorization reference {pa_ref}. Please contact {atp}, ATP, at {email2}.

{md}, MD   NPI {npi}
""",
        """LMN -- manual ultralight wheelchair
RE: {pt_lf}, DOB {dob}, Medicaid {medicaid}
Date {d_sent}. Dx {icd}, {level} {asia} since {d_inj}.
Full-time user; propels {miles} mi/day to work; employer ID {emp_id}.
Needs {wc} ({hcpcs_k}) at {weight_lb} lb rider weight, seat {seat_w} x {seat_d}.
Current chair SN {serial} is {year2} and beyond repair (quote {quote}).
Cc: {supplier}; VR counselor {vrc}.
{md}, DO  (lic {st_lic}, NPI {npi})  tel {phone2}  fax {fax}
""",
        """Fax cover - {fac}
TO: {payer} Utilization Mgmt   FAX: {fax2}
FROM: {cm}, RN CM          FAX: {fax}   PH: {phone2}
DATE: {d_sent}   PAGES: 6
RE: {pt}  ID {member}  DOB {dob}  claim {claim}
Attached: LMN (Dr. {md_last}), seating eval {d_eval}, CMN {form}.
CONFIDENTIAL - {policy}
""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "sr_powerchair_repair_ticket": (
        """SERVICE / REPAIR WORK ORDER  {ticket}
Customer: {pt}        Phone: {phone}   Alt: {phone3}
Address: {street}, {unit}, {city} {zip}
Chair: {wc}   Serial: {serial}   Joystick SN {serial2}
Complaint: chair stops, {err}. Opened {d_a}.
Diagnosis ({tech}): L motor brushes worn; batteries {batt} failed load test.
Parts: {part} x1; {part2} x2 (stock {lot}).
Remote telemetry unit last connected from {ip} on {dt_stamp}.
Medicare {mbi}; repair auth {pa_ref}. Est. {money}.  Completed {d_b}.
""",
        """repair ticket #{ticket} | {d_a} {time}
cust {pt_caps} | {phone} | SN {serial}
issue: {err}; caster flutter
tech {tech_first}: swapped {part}, fw {fw} -> current
caller was caregiver {rel}; next visit {d_short}
bill to {payer}, member {member}
""",
        """From: {rep} <{email2}>
Sent: {dt_stamp}
To: {email}
Subject: RE: chair repair {ticket}

Hi {pt_first}, the replacement actuator ({part}) for your {wc} (serial {serial}) arrived.
Our tech {tech} can come to {street} on {d_short} between {time2} and noon.
Please call {phone2} if that doesn't work. Track status: {url}
""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "sr_aac_device_trial": (
        """AAC / SPEECH-GENERATING DEVICE TRIAL REPORT
Client: {pt}   DOB: {dob}   MRN: {mrn}   Dx: {icd} ({eponym})
SLP: {slp}, CCC-SLP (license {st_lic})   Trial {d_a} to {d_b}
Loaner: {sgd} serial {sgd_serial} from {org} loan program (item {loan_item2} also trialled).
Access: eye gaze, calibration 7/9 points; {wpm} wpm with prediction. Alt: {sgd2} (touch) failed.
Voice banking completed; voiceprint file {voiceprint} stored with ModelTalker-style service.
Partner: husband {rel}; home {city}. Follow-up {d_next}. CPT {cpt}, {cpt2}.
""",
        """SGD trial log - {pt_lf}
day | date | setting | msgs | notes
1 | {d_a} | clinic | 14 | {sgd}, SN {sgd_serial}
3 | {d_short} | home, {city} | 52 | remote session from {ip}
7 | {d_b} | church | 31 | partner {rel_first}
SLP {slp}; device remote mgmt {url}
""",
        """SLP note ({d_eval}): {pt} trialled {sgd}. Brother {rel} and aide {rel2} trained on
programming. Device tied to pt (SN {sgd_serial}). Voice bank ID {voiceprint}. Barthel {barthel}.
ALSFRS-R 29. Next: funding packet to {payer}; fax {fax}. - {slp_init}, CCC-SLP
""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "sr_sgd_funding_request": (
        """SPEECH GENERATING DEVICE FUNDING REQUEST - {payer}
Beneficiary: {pt}   MBI / Member: {mbi}   DOB: {dob}
Address: {street}, {city}, {state} {zip}   Phone: {phone}
Requested: {hcpcs_e} SGD ({sgd}) + {hcpcs_e2} mount. Trial {d_a} - {d_b} with loaner SN {sgd_serial}.
Voice bank {voiceprint} to be loaded on delivered device.
SLP: {slp}, NPI {npi2}. Physician: {md}, NPI {npi}, Rx {d_rx}.
Supplier: {supplier}, NPI {org_npi}, Tax ID {tax_id}.
Submitted {d_sent} via fax {fax2}. Reference {pa_ref}.
""",
        """Dear {payer} reviewer, re: {pt_lf} (member {member}; group {group}).
{pt_first} has {eponym} diagnosed {d_inj}; speech is now unintelligible to strangers.
During the {weeks}-week trial (ended {d_b}) {pt_first} produced novel sentences at {wpm} wpm using {sgd}.
Less costly options (writing, {loan_item2}) failed. Please approve {hcpcs_e}.
{slp}, MS, CCC-SLP | {phone2} | {email2} | fax {fax}
""",
        """DENIAL / APPEAL TRACKER - SGD
Member: {pt_caps}  ID {medicaid}  SSN {ssn}  Claim {claim}
Denied {d_a}: "not medically necessary". Appeal filed {d_b} by {slp}.
Peer-to-peer with Dr. {md2_last} {d_short} {time}.
Attachments: trial data, video of client (face visible) {photo}.
""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "sr_driver_rehab_eval": (
        """CLINICAL DRIVER REHABILITATION EVALUATION
Client: {pt}   DOB: {dob}   Driver's License #: {dl} ({state})  exp {d_exp}
Referral: {md}, NPI {npi}, dated {d_ref}. Dx: {icd}, {eponym}.
Evaluator: {cdrs}, OTR/L, CDRS #{cdrs_cert}
Vision: {visual}; field {field}°. Brake reaction {reaction} s (norm <0.70). MMT R ankle DF {mmt}.
Trails B 118 s; MoCA {moca}.
Behind-the-wheel ({d_eval}): client's {veh}, plate {plate}, VIN {vin}.
Route: residential {hood}, then highway near {city}. Equipment trialled: {adapt}, {adapt2}.
Outcome: may drive with {adapt}; restrict daytime, {miles} mi radius. DMV form {form} sent {d_sent}.
""",
        """Driver rehab - BTW session {seq}
{pt_lf} / lic {dl} / {d_eval} {time2}
Eval vehicle: clinic van (not client's). Client vehicle for mods: {veh} VIN {vin}, plate {plate}.
Hand controls {adapt}; {adapt2}. Lane keeping fair.
Photo ID scanned: {photo}.
Next: {d_next}. CDRS {cdrs_init} ({cdrs_cert}).
""",
        """DMV MEDICAL REPORT - DRIVER FITNESS ({form})
Name {pt_caps}   DL {dl}   DOB {dob}
Address {street}, {city} {zip}
Examiner {cdrs}, CDRS; physician {md}, NPI {npi}, exam {d_eval}
Condition: {eponym}; controlled. Restrictions: hand controls, corrective lenses.
Plate(s) registered: {plate}
""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "sr_vehicle_mod_quote": (
        """{dealer} - VEHICLE MODIFICATION QUOTE {quote}
Customer: {pt}     Phone: {phone}     Email: {email}
Address: {street}, {city}, {state} {zip}
Vehicle: {veh}   VIN: {vin}   Plate: {plate}   Mileage 41,220
Line  Description                               Price
1     {adapt}                                   {money2}
2     {adapt2}                                  {money2}
3     Side-entry in-floor ramp conversion       {money}
Funding: VR case {vr_case} ({fund}); counselor {vrc}.
CDRS Rx from {cdrs} dated {d_eval}. Quote valid to {d_exp}. Sales: {rep}, {phone2}
""",
        """Quote {quote} / {d_sent}
{pt_caps} - {veh}
VIN {vin}
tag {plate} ({state})
EZ Lock base for {wc}, chair SN {serial}
hand controls {adapt} - per CDRS {cdrs_last}
pay: {payer}, auth {pa_ref}
""",
        """Re: ramp van quote for {pt_first} {pt_last}
{rep} wrote on {dt_stamp}:
> VIN {vin} qualifies for the lowered floor. Plate {plate} transfers.
> Quote {quote} attached; {money}.
{pt_first}: thanks - my VR counselor {vrc} ({email2}) will send the authorization.
""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "sr_vr_referral": (
        """VOCATIONAL REHABILITATION REFERRAL ({form})
Applicant: {pt}   SSN: {ssn}   DOB: {dob}
Address: {street} {unit}, {city}, {county}, {state} {zip}
Phone: {phone}   Email: {email}
Disability: {icd} ({eponym}) since {d_inj}. SSI/SSDI: yes.
Referred by: {sw}, MSW, {fac}, phone {phone2}, fax {fax}
Employment goal: {onet} (DOT {dot}); last employer ID {emp_id}.
Date referred: {d_ref}   Case assigned: {vr_case}   Counselor: {vrc}
""",
        """Referral to DVR - faxed {dt_stamp}
to fax {fax2} from {fac}
client {pt_lf}, last 4 of SSN not used; full SSN {ssn}
dob {dob}; Medicaid {medicaid}
lives w/ aunt {rel}, {street}, {city}
{pt_first} wants welding cert; {lift} lb lift limit from FCE; PDC {pdc}.
contact {cm} {phone2}
""",
        """Subject: New VR referral - {pt}
From: {email2}   Date: {dt_stamp}
Hi {vrc_first}, referring {pt_first} ({pt_nick}) {pt_last}, DOB {dob}, who lives in {city} ({hood}).
Best number {phone}. Rehab MRN {mrn}. Case # when opened: {vr_case}. Thanks, {sw}
""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "sr_vr_ipe_plan": (
        """INDIVIDUALIZED PLAN FOR EMPLOYMENT (IPE)  {ipe_no}
Participant: {pt}   Case {vr_case}   DOB {dob}
Counselor: {vrc}   Office: {fac}, {street2}, {city2}   Phone {phone2}
Employment goal: {onet}, {wage}, {hours} h/wk. Plan date {d_sig}; review {d_next}.
Services: AT eval (ATP {atp}); vehicle mods, VIN {vin}; job coaching {fund}; tuition {money}.
Employer: warehouse, badge time clock fingerprint template {bio} enrolled {d_short}.
Comparable benefits: Medicaid {medicaid}; SSDI.
Signatures: {pt} {d_sig}; {vrc} {d_sig}
""",
        """IPE amendment {seq} - {pt_lf} ({vr_case})
Date {d_sig}. Add: {wc} repair via {supplier}; ticket {ticket}.
Job placement at {fac2}; employee # {emp_id}; start {d_next}.
Supervisor {rep}, {phone3}. Counselor {vrc_init}. E-sign: {url2}
""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "sr_bi_waiver_application": (
        """STATE BRAIN INJURY WAIVER - APPLICATION ({form}, {form_ver})
Section A. Applicant
  Name: {pt_lf}                 SSN: {ssn}
  Medicaid ID: {medicaid}       DOB: {dob}
  Residence: {street}, {city}, {county}  ZIP {zip}
  Phone: {phone}
Section B. Injury: {d_inj}; {icd}; {rancho}; GCS {gcs}
Section C. Legal representative: {rel}, guardian; {phone2}
Section D. Services: {fund}; {fund2}; environmental mods est {money}
Section E. Assessor {cm}, RN; assessment {d_eval}; waiver case # {waiver}
Mail to {org}, fax {fax}
""",
        """Waiver slot notice
{d_sent}
{pt}
{street} {unit}
{city}, {state} {zip}
Re: TBI waiver case {waiver}; Medicaid {medicaid}
Dear {pt_first}: a waiver slot is available starting {d_next}. Your case manager {cm} will call from {phone2}.
Questions: {url}
""",
        """WAIVER RE-DETERMINATION - ANNUAL
client {pt_caps}; age {age90}; case {waiver}; SSN {ssn}
ICAP/LOC date {d_eval}; level of care met
caregiver {rel} (daughter) lives {city2}
PCA hours {hours}/wk code {fund}
home at {street}, {city}; bath mod WO {wo}
""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "sr_cil_intake": (
        """CENTER FOR INDEPENDENT LIVING - CONSUMER INTAKE
Consumer #: {client_id}   Intake date: {d_eval}   Staff: {sw}
Name: {pt}   Preferred name: {pt_nick}   DOB: {dob}   Age: {age90}
Address: {street}, {unit}, {city} {zip}  ({county})
Phone: {phone}   TTY/VP: {phone3}   Email: {email}
SSN (for benefits counselling): {ssn}
Disability: {eponym}; uses {wc}; service dog {dog} ({breed}).
Goals: housing ({hood}), transportation (paratransit), AT (loan closet).
Photo for consumer ID card: {photo}
Emergency: {rel} {phone2}
""",
        """CIL intake (brief) {d_eval} - {client_id}
{pt_lf} | age {age} | {city}
needs: ramp, grab bars, bath bench ({loan_item})
referred by {role} from {fac2}
SS# {ssn}; Medicaid {medicaid}; waiver case {waiver}
peer mentor {rel2}
""",
        """Ficha de ingreso / Intake (bilingual)
Nombre: {pt}   Fecha: {d_es}
Domicilio: {street}, {city}, {zip}
Teléfono: {phone}   Correo: {email}
Necesita: silla de baño, rampa; {loan_item2}
Contacto: {rel} (esposo)   Consumer {client_id}
""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "sr_home_mod_work_order": (
        """HOME MODIFICATION WORK ORDER {wo}
Homeowner/occupant: {pt} (age {age90})   Phone: {phone}
Site: {street}, {city}, {state} {zip}   Parcel in {county}
Scope: aluminum ramp, rise {rise} in, run {run} in (1:12), 5x5 landing; widen bath door to {doorw} in;
roll-in shower 60x30; grab bars (P/N ADA-36). Building permit applied {d_short}.
Contractor: {builder} (state contractor reg. CBC-{sku}); foreman {cont}
Funding: waiver {waiver}; {fund2}. Start {d_a}; final inspection {d_b}.
OT home assessment by {ot} on {d_eval}. Caregiver {rel}.
""",
        """RAMP JOB | {wo} | {d_a}
site {street} {unit} / {city} {zip}
client {pt_caps} age {age90}
rise {rise}" run {run}" handrails both sides
crew lead {cont_first}; inspector {rep}
gate code given by daughter {rel_first} ({phone})
""",
        """Home access assessment - OT
Client {pt_lf}, MRN {mrn}, visited {d_eval} at {street_rr}, {city}.
Entry: {rise} in rise, 3 steps. Bathroom door {doorw} in; standard tub, no grab bars.
Recommend {hcpcs_e} tub bench, grab bars x3, ramp (work order {wo}).
{ot}, OTR/L  lic {st_lic}
""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "sr_at_loan_closet_log": (
        """AT LOAN CLOSET - CHECKOUT LOG (CSV export)
loan_id,borrower_id,borrower,phone,item,item_serial,out,due,staff
L{sku},{borrower},"{pt_lf}",{phone},{loan_item},{serial2},{d_a},{d_b},{atp_first}
L{sku}-2,{borrower},"{pt_lf}",{phone},{loan_item2},stock {lot2},{d_a},{d_b},{atp_first}
# online request from {ip} at {dt_stamp}; email {email}
""",
        """Loan closet checkout - {org}
Borrower {pt} (#{borrower}) - {street}, {city}
Item: {sgd} serial {sgd_serial}; charger {part}
Out {d_a}; due {d_b}; returned ____
Request link {url}
Staff {atp}
""",
        """AT LENDING LIBRARY OVERDUE NOTICE
{d_sent}
To: {pt}, {street} {unit}, {city} {zip}
Borrower #{borrower}. The {loan_item} (serial {serial2}) was due {d_b}.
Please return or call {phone2}. Email {email2}.
""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "sr_service_animal_letter": (
        """{fac}
{street2}, {city2}, {state} {zip2}   Tel {phone2}   Fax {fax}
{url}
{d_sent}
RE: {pt}, DOB {dob}
To whom it may concern:
{pt} is my patient and has a disability ({icd}). {pt_first} uses a trained service dog, {dog}
({breed}, microchip {chip}), which performs tasks such as retrieving dropped items and bracing.
Under the ADA the dog is permitted in housing at {street}, {unit}, {city}.
{md}, MD   License {st_lic}   NPI {npi}
""",
        """Service animal accommodation request - housing
Tenant: {pt_lf}   Address: {street}, {unit}, {city}
Animal: {dog} ({breed}); chip {chip}
Provider letter dated {d_sent} from {np}, NP
Landlord contact {rep}; tenant phone {phone}; email {email}
Tenant ID photo on file: {photo}
""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "sr_placard_certification": (
        """APPLICATION FOR DISABLED PERSON PARKING PLACARD ({form}) - MEDICAL CERTIFICATION
Applicant: {pt}   DOB: {dob}   Driver lic / ID: {dl}
Address: {street}, {city}, {state} {zip}
Placard #: {placard}  (renewal; prior expired {d_exp})
Condition: cannot walk 200 ft without rest (6MWT {smwt} m); uses {afo}. Permanent.
Certifying provider: {md}, MD  License {st_lic}  NPI {npi}  Phone {phone2}
Signature date: {d_sig}
Applicant photo {photo}. Vehicle (for plates option): plate {plate}
""",
        """placard cert - clinic fax back
pt {pt_caps} age {age90}, dob {dob}
placard {placard}; temp 6 mo from {d_sig}
cert by {np}, NP ({npi})
fax to DMV {fax2}; clinic fax {fax}
""",
        """Disability parking - renewal reminder
{pt}, your placard {placard} expires {d_exp}. Renew at {url} or mail form {form} to the DMV office,
{street2}, {city2}. Questions: {phone2}.
""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "sr_paratransit_eligibility": (
        """ADA PARATRANSIT ELIGIBILITY DETERMINATION
Applicant: {pt}   DOB: {dob}   Age: {age90}   Rider ID: {para_id}
Home: {street} {unit}, {city} {zip}   Phone: {phone}
In-person assessment {d_eval}: walk test {smwt} m; curb negotiation with cane; cognitive screen passed.
Determination: CONDITIONAL - trips where path exceeds 1/4 mile or in winter. {zone}.
PCA rides free; PCA {rel}. Service animal {dog}.
Effective {d_a} through {d_exp}. Appeal within 60 days ({policy}).
Functional assessor: {pt_th}, PT.  Letter mailed {d_sent}.
""",
        """Online paratransit application - audit
app_no {para_id}; submitted {dt_stamp} from IP {ip}
applicant {pt_lf}; dob {dob}; age {age90}; email {email}
professional verification: {md}, NPI {npi}, fax {fax}
ID photo upload {photo}; {url2}
""",
        """TRIP LOG - {para_id}
{d_a} {time} PU {street}, {city}  DO {fac2}  rider {pt_init}
{d_b} {time2} PU {fac2}  DO {street}  escort {rel_first}
fare card photo {photo2}
""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "sr_fce_report": (
        """FUNCTIONAL CAPACITY EVALUATION
Claimant: {pt}   DOB: {dob}   SSN: {ssn}   Claim #: {claim}
Employer: {employer}; employee ID {emp_id}   Adjuster: {rep}, fax {fax2}
DOI {d_inj}; FCE dates {d_a} and {d_b}; evaluator {pt_th}, PT (lic {st_lic})
Lift floor-waist {lift} lb occasional; grip R {grip}; sit tolerance 45 min.
Effort: consistent (CV <15%). PDC: {pdc}. DOT {dot}.
Return to work recommendation to Dr. {md_last}, fax {fax}.
""",
        """FCE summary | {pt_lf} | claim {claim} | exam {d_eval}
MTM: {lift} lb; carry 30 lb; Jamar grip {grip}. Heart rate peak {hr}.
Job match {pct}%. Work status per {md}.
Report sent to {email2} on {dt_stamp}.
""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "sr_gait_lab_report": (
        """MOTION ANALYSIS LAB REPORT
Patient: {pt}   DOB: {dob}   MRN: {mrn}   Study date: {d_eval}
Referral: {md}, {fac2}. Dx: {icd} ({eponym}).
Video: sagittal/coronal; face-visible calibration still {photo}.
Gait signature template {gait} (biometric - do not share).
Temporal-spatial: velocity {tenmwt} m/s; cadence 88 steps/min; knee flex at IC {rom}.
EMG: prolonged rectus activation. Kinetics: force plate {part}.
Recommend {afo}; re-study {d_next}. Analyst {tech}; interpreting {md2}.
""",
        """gait lab CSV
subject,mrn,study_date,template_id,video_still,velocity
"{pt_lf}",{mrn},{d_eval},{gait},{photo},{tenmwt}
# {dt_stamp} upload from {ip}
""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "sr_rehab_portal_thread": (
        """Secure message thread - {fac} patient portal
[{dt_stamp}] {pt} ({email}): Hi {pt_th_first}, the new {wc} keeps tipping back on my driveway at
{street}. Also my daughter {rel_first} wants to know about the ramp grant.
[{d_short} {time}] {pt_th}, PT: Please send a photo of the driveway (not of you) and call {phone2}.
Login audit: IP {ip}; voice-login enrollment {voiceprint}; profile photo {photo}.
Link: {url}
""",
        """Portal - message from {pt_caps} (MRN {mrn}) on {dt_stamp}:
"my SGD {sgd} wont turn on. serial {sgd_serial}. can {slp_first} call me at {phone}"
Routed to {slp}. Session IP {ip}. Case {ticket}.
""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "sr_therapy_billing_export": (
        """OUTPT THERAPY CHARGE EXPORT (pipe-delimited)
ACCT|FIN|PATIENT|DOB|SVC_DATE|CPT|UNITS|REV|PAYER_ID|GROUP|RENDERING_NPI
{acct}|{fin}|{pt_caps}|{dob}|{d_a}|{cpt}|4|{rev}|{member}|{group}|{npi}
{acct}|{fin}|{pt_caps}|{dob}|{d_b}|{cpt2}|2|{rev}|{member}|{group}|{npi2}
billing provider NPI {org_npi} TIN {tax_id}; export {dt_stamp} from host {ip}
""",
        """CLAIM STATUS NOTE - {d_sent}
Patient {pt_lf}, {age90}F; acct {acct}; claim {claim}; Medicare {mbi}
DOS {d_a}-{d_b}: {cpt} x {qty}; KX modifier; therapy cap {money}.
Called {payer} at {phone2}, rep {rep_first}, ref {pa_ref}. Patient SSN verified {ssn}.
Resubmit to fax {fax2}. - {cm}
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """IRF QUALITY MEASURE SUMMARY ({form}, {form_ver})
Unit {unitnm}: mean admission FIM {fim_adm}, discharge {fim_dc}; GG self-care {gg_self}, mobility {gg_mob}.
CMG {cmg_full} {tier}; impairment group {igc}; DRG {drg}; revenue code {rev}.
Facility CCN {ccn}; facility NPI {org_npi}; tax ID {tax_id}. Report year {year}.
""",
    """Team conference template ({policy})
PT: Berg {berg}/56, 6MWT {smwt} m, TUG {tug} s. OT: FIM eating {fim_eat}, grooming {fim_groom}.
SLP: MoCA {moca}/30; {rancho}. Nursing: {med}. Team lead: {role}. Next conference at {time}.
""",
    """Seating clinic reference sheet: hip width {hip_w} in -> seat width {seat_w} in; seat depth {seat_d} in;
back height {back_h} in; STF {stf} in. Cushion {cushion} {csize}. Tilt {tilt}°, recline {recline}°.
Codes: {hcpcs_k}, {hcpcs_e}, {hcpcs_e2}. Model {wc}. Parts {part}, {part2}.
""",
    """HCPCS crosswalk (prosthetics): {hcpcs_l} socket, {hcpcs_l2} addition; K-level {klevel}.
Components: {pros}; {pros2}. Orthoses: {afo}. CPT {cpt}/{cpt2}. {abc_acc}.
""",
    """Stock receipt - orthotic materials
{lot} polypropylene sheets qty {qty}; {lot2} foam liners; SKU {sku}; {part}. Received {time}. Cost {money2}.
""",
    """Power wheelchair troubleshooting guide ({version})
{err}: check joystick cable {part}; replace batteries {batt} if load test fails. Firmware {fw}.
Top speed {speed} mph; warranty {year}. Labor rate {money2}. Refer to {org}.
""",
    """AAC program overview: trial devices {sgd}, {sgd2}; access by eye gaze or switch ({loan_item2}).
Typical rate {wpm} wpm. Codes {hcpcs_e}/{hcpcs_e2}, evaluation CPT {cpt}. Form {form}. {eponym} and {eponym2} most common.
""",
    """Driver rehab program: vision standard {visual}, field {field}°, brake reaction {reaction} s.
Equipment: {adapt}; {adapt2}. Demo vehicle {veh}. CPT {cpt}. Fee {money2}. Policy {policy}.
""",
    """Vehicle modification price list ({year}): {adapt} {money2}; {adapt2} {money}; lowered floor conversion {money}.
Funding sources: {org}, {fund}. {org2}.
""",
    """VR program statistics {year}: {pct}% of closures in competitive integrated employment; mean wage {wage};
{hours} h/wk. Occupations: O*NET {onet}, DOT {dot}. Budget {fund}; {fund2}.
""",
    """Brain injury waiver service definitions ({form}): {fund}; {fund2}. Max {hours} PCA h/wk.
Eligibility: {rancho} or GCS <= {gcs}; age {age2}+. See {policy}.
""",
    """Independent living skills class schedule: budgeting {time2}; cooking {time}; transit training on {bus}.
Peer mentors from {org}. Room {room}. Fee {money2}.
""",
    """Ramp specifications: max slope 1:12; rise {rise} in requires run {run} in; landing 60 x 60 in;
door clear width {doorw} in min 32. Grab bars 33-36 in AFF. Cost estimate {money}. {fund2}.
""",
    """Loan closet inventory (CSV)
item,stock_lot,qty,status
{loan_item},{lot2},{qty},available
{loan_item2},{lot},{qty},on loan
""",
    """Service animal policy ({policy}): staff may ask only two questions. Example dogs in training: {dog} ({breed}).
Emotional support animals are not service animals under the ADA.
""",
    """Parking placard criteria: cannot walk 200 ft without rest; uses {afo} or wheelchair ({wc}); cardiac class III/IV.
Form {form} {form_ver}. Temporary placard 6 months. {age2}-year-old applicants may need a second provider.
""",
    """Paratransit eligibility criteria: {zone}; conditional eligibility for trips over 1/4 mile. Fare {money2}.
Service hours {time} to {time2}. Routes {bus}. Appeals per {policy}.
""",
    """FCE protocol: MTM lift {lift} lb; grip {grip} (Jamar pos 2); sit/stand tolerance; PDC {pdc}.
Heart rate {hr}; BP {bp}. CPT {cpt}. DOT {dot}.
""",
    """Gait lab normal values: velocity {tenmwt} m/s; knee ROM {rom}; ankle {rom2}. Force plate {part}.
Berg cut-off 45. TUG > 13.5 s fall risk (measured {tug} s).
""",
    """SCI education handout: autonomic dysreflexia if BP > {bp}; {level} and above. {asia}. {med}.
A1c {a1c} {ref_range}. Hgb {hgb}. Pressure relief every 15 min; tilt {tilt}°.
""",
    """Stroke rehab order set: {med}; {med2}. Labs: Hgb {hgb}, albumin {alb}. ICD {icd}, {icd2}. NDC {ndc}.
LOINC {loinc}; SNOMED {snomed}. Vitals BP {bp} HR {hr} RR {rr} T {temp} SpO2 {spo2}%.
""",
    """Therapy billing rules {year}: {cpt} timed 15 min; revenue code {rev}; KX threshold {money}.
Billing provider NPI {org_npi}; TIN {tax_id}; PTAN {ptan}; supplier NSC {nsc}.
""",
    """DME supplier accreditation ({abc_acc}); supplier NPI {org_npi}; PTAN {ptan}. Delivery window {time}-{time2}.
Items: {wc}; {cushion}; {hcpcs_k}. Stock lots {lot}, {lot2}.
""",
    """Brain injury clinic intake questionnaire (blank) {form}: GCS __; {rancho}; MoCA __/30. Meds e.g. {med}.
{eponym}? yes/no. {role} to review. Room {room}{bed}.
""",
    """Home exercise program: sit-to-stand x10; {mmt} hip abductors; ROM {rom}; walk {smwt} m daily.
Ashworth {ash}. {role2} to progress. Modified Barthel {barthel}.
""",
    """MMT / ROM reference: grade {mmt} = movement against some resistance; {mmt2}. Shoulder flexion 0-180°; knee {rom}.
Grip norms {grip}. Fugl-Meyer 66. {eponym2}.
""",
)
