"""Document styles for planted set 9: chronic-disease and long-term specialty programmes (not oncology).

``{key}`` placeholders are filled from ``values.identifiers`` (gold spans) and ``values.lookalikes``
(filler). No literal braces appear in the text.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # ---------------------------------------------------------------- nephrology / dialysis
    "s9_incenter_hd_flowsheet": (
        """{facility} -- HEMODIALYSIS TREATMENT FLOWSHEET          Form {form}
Patient: {pt_caps}        MRN: {mrn}        DOB: {dob}        Age: {age90}
Schedule: {shift}   Station {station}   Machine #{machine} ({device})   Photo ID on file: {photo}
Tx date: {date}   Access: {access}   Needles {needle} x2   Qa last {qa} mL/min ({prev2})
Dialyzer {dialyzer}  lot {lot}   Bath {bath}   Qb {qb}  Qd {qd}   Heparin: {hep}
TIME   BP       HR   Qb   VP   AP    UF   INITIALS
{time}  {bp}   {hr}   {qb}  140  -180  0.0  per {tech_first}
{time2}   {bp2}   {hr}   {qb}  150  -190  {uf}  per {tech_first}
Pre wt {prewt} kg / post wt {postwt} kg / EDW {edw} kg.  Temp {temp}.  SpO2 {spo2}%
Meds given: {esa}; {iron} (lot {lot2}).  HCPCS {hcpcs1}, {hcpcs2}; rev code {rev}.
Comments: pt states {nok_rel} {nok_first} will pick her up; call {phone} if delayed. Post-tx
assessment by {rn}, RN (lic {rn_lic}).  Nephrologist rounding: Dr. {md_last}.
Last Kt/V {ktv} / URR {urr}% ({prev1}).""",
        """IN-CENTER HD RUN SHEET | {org} | Policy {form2}
Name ............ {pt_lf}
Chart # ......... {mrn}
Pt acct ......... {account}
Palm-vein ID .... {bio}
Date of tx ...... {date}       Start {time}   End per order ({dur})
Chair {chair}, {shift}.  Check-in verified against photo {photo}.
Pre: BP {bp}, HR {hr}, T {temp}C, wt {prewt} kg (EDW {edw}).  Goal UF {uf} L.
Prescription: {dialyzer}, {bath}, Qb {qb}/Qd {qd}, {hep}.  Lot {lot} (stock).
Access {access}: thrill/bruit +, cannulated x2 with {needle} by {tech}.
Labs drawn: monthly panel, Hgb {hgb}, K {k}, Alb {alb}, phos {phos}, PTH {pth}.
   spKt/V {ktv}   URR {urr}%   (LOINC {loinc})
Pt is {age90} y/o, lives with {nok} ({nok_rel}) at {street}, {city}; transport by {org2}.
Post: BP {bp2}; hemostasis 10 min.  Signed {rn_lf}, RN  {dt}""",
        """DIALYSIS FLOWSHEET - {facility}
pt {pt}  dob {dob}  mrn {mrn}   tx# {sessions}  dt {date}
  Rx: {dialyzer} / {bath} / Qb {qb} / Qd {qd} / {dur}
  access {access} -- aneurysmal segment noted, Dr {md_last} aware, fistulagram ref {pa_ref} ({next1})
  VS pre {bp} HR {hr}  post {bp2}
  wt pre {prewt} post {postwt} edw {edw}
  meds: {esa} | {vitd} | {iron}, NDC {ndc}
  {eponym} hx per H&P.  ICD-10 {icd1}, {icd2}.
  pt reports her grandson {nok2} moved in ({street}, {unit}); new phone {phone}.
  RN {rn} / PCT {tech}""",
    ),
    "s9_home_hd_machine_log": (
        """Home Hemodialysis Treatment Export (CSV) -- {device}
generated {dt} by home program RN {rn} ({org})
patient_name,mrn,cycler_serial,upload_ip,training_center
"{pt_lf}",{mrn},{dev_sn},{ip},{facility}
tx_date,start,duration,dialysate_L,uf_L,pre_bp,post_bp,pre_wt,post_wt,notes
{prev3},{time},{dur},30,{uf},{bp},{bp2},{prewt},{postwt},ok
{prev2},{time2},{dur},30,{uf},{bp2},{bp},{prewt},{postwt},"alarm 'fluid leak' x1, resolved"
{prev1},{time},{dur},25,{uf},{bp},{bp2},{prewt},{postwt},"care partner {nok_first} ran setup"
{date},{time2},{dur},30,{uf},{bp},{bp2},{prewt},{postwt},
summary: stdKt/V {stdktv}; EDW {edw} kg; next home visit {next1} at {street}, {city} {state} {zip}
care partner: {nok} ({nok_rel}) cell {phone2}""",
        """HOME HD -- MONTHLY CLINIC REVIEW
Patient {pt} (MRN {mrn2}), {age} y.o., trained at {facility} and dialyzing at home since {dx_date}.
Machine {device} serial {dev_sn}; cartridge lot {lot} and PAK lot {lot2} are stock items.
Remote data uploaded from {ip} on {date}.  Run log reviewed with {nok_first} (care partner, {nok_rel}).
Treatments 5x/wk, {dur} each, Qb {qb}, UF avg {uf} L.  stdKt/V {stdktv}.  Hgb {hgb}, K {k}, phos {phos}.
Access: {access}, buttonhole technique; no infection signs.  Supplies delivered to {street}, {unit},
{city}, {state} {zip} -- driveway delivery, gate code noted in shipping profile.
Plan: continue {esa}; {vitd}.  Labs due {next1}.  Portal: {url}
Home program RN: {rn}, {phone}.  Nephrologist: {md}, MD, NPI {npi}""",
    ),
    "s9_pd_cycler_remote_upload": (
        """PD REMOTE PATIENT MANAGEMENT -- CYCLER UPLOAD SUMMARY
Patient: {pt_lf}      DOB: {dob}      MRN: {mrn}
Cycler: {device}  SN {dev_sn}  firmware {fw}   Modem IP {ip}
Period {prev2} - {date}   Prescribed: {cycles} cycles x {fill} mL {dextrose}, last fill icodextrin
Night   Total UF   Drain alarms   Bypass   Time on cycler
  1      {uf} L        0            no       {dur}
  2      {uf} L        2            no       {dur}
  3      {uf} L        1            yes      {dur}
Weekly Kt/V {stdktv}; PET (D/P Cr 4h) 0.71 high-average.  Solution lots {lot} / {lot2}.
Peritonitis hx: none since {dx_date}.  Exit site clean.
Reviewed by PD RN {rn2} ({phone}); Dr. {md_last} notified.  Next clinic {next1} at {facility}.""",
        """From: {rn2} <PD nurse>  To: {md}
Re: {pt} -- cycler flags
{pt_first} ("{pt_nick}") called {time3} from home ({phone}) with cloudy effluent x1 bag. Cycler {dev_sn} upload
({ip}) shows 3 low-drain alarms over last week.  Sent for cell count; specimen accession {accession}.
Pt is {age90} and lives alone at {street}, {city}; niece {nok} ({phone2}) checks on him.
ICD-10 {icd1}; antibiotic per ISPD 2022 protocol if WBC >100.  Cefazolin/ceftazidime IP, lot {lot}.
Claim for supplies {claim}.  -- {rn2_first}, {date}""",
    ),
    "s9_vascular_access_log": (
        """VASCULAR ACCESS SURVEILLANCE LOG        {org}
{pt_caps}   MRN {mrn}   DOB {dob}   Surgeon: {md2}, MD
Access history
  {dx_date}   {access} created at {facility}
  {prev4}     fistulagram + PTA 7 mm (CPT {cpt1}), case {case}
  {prev1}     Qa {qa} mL/min (transonic), VP 180 @ Qb {qb}
  {date}      Qa {qa} mL/min; recirc 4%; thrill strong
Cannulation plan: rope ladder, {needle} needles; 1-needle days flagged.
Buttonhole? no.  Infection: none.  Referral to IR {md_last} -- phone {phone3}, fax {fax}.
Entered by {rn} RN   {dt}""",
        """ACCESS CLINIC NOTE -- {date}
{pt} ({age} yo; chart {mrn2}) seen for maturation check of {access}, created {prev5} by Dr. {md2_last}.
Exam: good thrill, vein 6 mm at 5 mm depth on US. Qa {qa}.  ICD-10 {icd1}, T82.868A ruled out.
Can start cannulation {next1} with {needle}.  Pt lives in {hood}, {city} and works nights at a
warehouse; employee ID {employee} on return-to-work letter.  CVC removal booked {next2}
at {facility2} ({phone}).  cc: {md}""",
    ),
    "s9_ckd_clinic_letter": (
        """{facility}
Nephrology Clinic | {street2} | {city2}, {state2} {zip2} | tel {phone3} | fax {fax}

{date_long}

Dear Dr. {md2_last},

Thank you for referring {pt} (DOB {dob}; MRN {mrn}), a {age90}-year-old with CKD stage 4
(N18.4) due to diabetic nephropathy with {eponym}, whom I saw in clinic on {date}.

eGFR has fallen from {egfr_prev} to {egfr} mL/min/1.73m2 (CKD-EPI 2021); creatinine {creat}, K {k},
UACR {uacr} mg/g.  A1c {a1c}%.  BP {bp}.  He remains on {drug} and {drug2}.

We discussed conservative kidney management versus dialysis; he and his {nok_rel}, {nok}, would
prefer conservative care.  Next visit {next2}.  Please call me at {phone} with questions.

Sincerely,
{md}, MD, FASN
NPI {npi}""",
        """CKD CLINIC -- RETURN VISIT                                      visit {fin}
Pt: {pt_lf}   DOB {dob}   MRN {mrn}   Ins: {org2}, member {member}
Seen {date} with {nok_first} ({nok_rel}).  Last seen {prev3}.
  eGFR   {egfr_prev} -> {egfr}     Cr {creat}    BUN {bun}     K {k}
  Hgb    {hgb}                  PTH {pth}     phos {phos}   UACR {uacr}
Transplant referral sent to {facility2}; waitlist ID {registry}.  Vein mapping {next1}.
Renal diet teaching with {rd}, RD.  Address confirmed: {street}, {city}, {county}.
Dx {icd1}, {icd2}; {eponym2} excluded by biopsy ({accession}, {prev5}).
-- {md_last} / {np}, NP""",
    ),
    "s9_esrd_medical_evidence": (
        """END STAGE RENAL DISEASE MEDICAL EVIDENCE REPORT -- worksheet for {form}
1. Name (last, first, MI): {pt_lf}
2. Medicare number: {mbi}            3. SSN: {ssn}
4. Date of birth: {dob}              5. Age: {age90}
6. Mailing address: {street} {unit}, {city}, {state} {zip}    Phone: {phone}
7. County: {county}
8. Primary cause of renal failure: E11.22 / N18.6    Comorbid: {icd2}, {icd3}
9. Employer group health insurance: {org}, group {group}, member {member}
10. Date regular chronic dialysis began: {prev5}   Facility: {facility}
11. Lab values before first dialysis: Hgb {hgb} g/dL, Alb {alb} g/dL, eGFR {egfr}, creat {creat}
12. Physician: {md}   NPI {npi}   signed {date}
Patient informed of transplant options on {prev4} by {sw}, LCSW.""",
        """ESRD MEDICARE ENROLLMENT PACKET -- SOCIAL WORK CHECKLIST
patient ......... {pt_caps}
SSN ............. {ssn}
Medicaid ........ {medicaid}
MBI (pending) ... {mbi}
DL/State ID ..... {dl}  (copy scanned)
first tx ........ {prev5}   3rd month ends {next1}
2728 signed ..... {date} by pt and Dr. {md_last}
notes: pt ({age90} yrs) lives with {nok2}; EQRS patient ID {registry}; AKF grant for premiums
{money} approved.  Worker: {sw} ({phone3}, fax {fax2}).""",
    ),
    # ---------------------------------------------------------------- anticoagulation
    "s9_inr_clinic_log": (
        """ANTICOAGULATION CLINIC -- INR FLOWSHEET
Patient: {pt_lf}  MRN: {mrn}  DOB: {dob}  Indication: {anticoag_dx}  Goal INR {inr_range}
Managed by {pharmd}, PharmD (protocol {form}); referring: Dr. {md_last}   Phone {phone}
Date        INR   Weekly dose   Plan                          Next INR
{prev4}   {inr2}   {wkdose} mg     no change                     {prev3}
{prev3}   {inr}   {wkdose} mg     hold x1, then resume          {prev2}
{prev2}   {inr3}   {wkdose} mg     +10% (one extra {tab} Mon)    {prev1}
{date}   {inr}   {wkdose} mg     continue                      {next1}
TTR (Rosendaal, 6 mo): {ttr}%.   CHA2DS2-VASc {chads}, HAS-BLED {hasbled}.  Tabs: Coumadin {tab}.
POC INR CPT {cpt1} / {cpt2}.  CoaguChek strip lot {lot}.  Pt age {age90}; daughter {nok} manages pillbox.""",
        """WARFARIN CLINIC VISIT {date}
{pt} -- {age90} y/o -- MRN {mrn2} -- visit acct {fin}
INR today {inr} (fingerstick, {device}, strip lot {lot}).  Target {inr_range}.  Last {inr2} on {prev1}.
Interacting meds: started {drug} by cardiology; abx course finished {prev2}.  Diet: greens stable.
Bleeding: minor gum bleeding; no melena.  Falls: none.
Dose: {wkdose} mg/wk using {tab} tabs -- calendar given.  Recheck {next1}.
Spoke with {nok_rel} {nok_first} at {phone2}.  ICD-10 {icd1}, {icd2}.
{pharmd_lf}, PharmD, CACP""",
    ),
    "s9_inr_selftest_portal": (
        """PATIENT SELF-TESTING REPORT (home INR monitoring)
Service: {org}   Enrolled: {dx_date}
Patient name: {pt}        DOB: {dob}
Meter: {device} serial {dev_sn}   Result submitted via web from IP {ip}
Test time: {dt}   INR {inr}   Range {inr_range}
Prior: {prev1} {inr2}; {prev2} {inr3}
Alert: out of range -> routed to {pharmd} (anticoag pharmacist), call back at {phone}
Prescriber: {md}, NPI {npi}, DEA {dea}
Portal thread {url}""",
        """MyChart-style message  |  from {pt_first} {pt_last}  |  {dt}
"Hi, my INR on my home meter was {inr} this morning, I took my usual {tab} tablet. My grandaughter
{nok_first} says I should ask if I skip tonight. Im {age90} and dont want to bleed again like {prev3}.
Meter # {dev_sn} if you need it. Cell is {phone}."
Reply ({pharmd}, PharmD, {time3}): hold tonight, then {wkdose} mg/wk; retest {next1}.  Logged {accession}.""",
    ),
    # ---------------------------------------------------------------- diabetes / endocrine
    "s9_pump_cgm_download": (
        """DEVICE DOWNLOAD REPORT -- 14-day  ({prev1} to {date})
Patient {pt}  DOB {dob}  MRN {mrn}
Pump: {pump}  serial {pump_sn}  ({fw})     CGM: {cgm}  transmitter/sensor {cgm_sn}
Uploaded from {ip} via clinic uploader; shared link {url}
Time in range 70-180: {tir}%   Below 70: {tbr}%   Above 180: {tar}%   GMI {gmi}%   CV {cv}%
Mean glucose {mean_bg} mg/dL     Sensor wear 94%
Settings: basal 00:00 {basal} u/h | ICR 1:{icr} | ISF 1:{isf} | target {target_bg}
TDD {tdd} u (basal 48% / bolus 52%)
Reviewed by {cde}, CDCES; Dr. {md_last} co-signed.  HCPCS {hcpcs1}; CPT {cpt1}.  A1c {a1c}% ({prev2}).""",
        """pump_download.csv  exported {dt}
field,value
patient,"{pt_lf}"
mrn,{mrn}
device_model,{pump}
device_serial,{pump_sn}
cgm_model,{cgm}
cgm_id,{cgm_sn}
upload_host,{ip}
period_start,{prev1}
period_end,{date}
tir_pct,{tir}
tbr_pct,{tbr}
gmi,{gmi}
basal_rate_u_h,{basal}
carb_ratio,{icr}
clinician,{cde}
clinic,{facility}""",
        """CGM/PUMP REVIEW (telehealth {date}, link {url})
{pt_first} ({age}yo, T1D since {year}) joined with mom {nok} from {city}.  Using {pump} (SN {pump_sn})
with {cgm}; sensor lot {lot} failing early -- replacement claim {case} with manufacturer.
TIR {tir}%, TBR {tbr}% mostly 02:00-05:00 -> basal 00:00-06:00 reduced to {basal}.  A1c {a1c} (was {a1c_prev}).
School nurse {rn2} ({phone2}) to get updated orders by fax {fax}.  -- {cde}, CDCES""",
    ),
    "s9_dsmes_class_roster": (
        """DSMES GROUP CLASS -- SIGN-IN / ATTENDANCE      {form}
Program: {org}  Class 3 of 4 (carb counting)  Date {date}  Room {room}
Educator: {cde}, RN, CDCES     Dietitian: {rd}, RD
#  Name                        DOB          MRN          A1c   Attended
1  {pt_lf} {dob} {mrn} {a1c}   Y
2  {p2_lf} --           {mrn2} {a1c_prev}   Y
3  {p3} --           --           --    N (called {phone})
4  {p4_lf} --           --           --    Y
Billed G0109 x {qty} units; rev {rev}.  Next class {next1}.""",
        """Diabetes Self-Management Education -- Individual Session Record
Participant: {pt}   DOB: {dob}   MRN: {mrn}   Insurance ID: {member}
Referred by: {md}, MD (NPI {npi}) on {prev2}   Dx {icd1}
Session date: {date}   Minutes: 60   HCPCS G0108
Topics: hypoglycemia (rule of 15), sick-day rules, {drug} pen technique, {cgm} start.
Goals (SMART): walk 20 min 5d/wk; reduce soda.  A1c {a1c}% -> goal <7.
Support person: {nok} ({nok_rel}), email {email2}
Educator: {cde}, CDCES    Follow-up {next1}""",
    ),
    "s9_endocrine_consult": (
        """ENDOCRINOLOGY CONSULTATION
Date: {date}     Patient: {pt}     MRN: {mrn}     DOB: {dob}
Referring: {md2}, MD ({facility2})     PCP fax {fax}
Reason: suspected {eponym} -- TSH {tsh}, free T4 {ft4}; TRAb pending (accession {accession}).
HPI: {age}-year-old teacher from {city} with 4 months of palpitations and weight loss ({wt_kg} kg).
Exam: HR {hr}, BP {bp}; diffuse goiter, lid lag.  No {eponym2}.
Assessment: {icd1}.  Plan: methimazole 10 mg daily, propranolol 10 mg TID; labs in 6 weeks ({next1}).
Discussed with patient and husband {nok_first}.  Cell {phone}.
{md}, MD -- Endocrinology""",
        """ENDO FOLLOW-UP  {date}  {pt_lf}  ({mrn})
T2DM on {drug} + {drug2}; A1c {a1c} (prev {a1c_prev} on {prev3}).  eGFR {egfr}.  BMI {bmi}.
Prior auth for {drug3} approved, ref {pa_ref}, through {next3}; pharmacy Rx# {rx}.
Foot exam: {eponym} changes L midfoot -- podiatry {md2_last} {next1}.
Pt moved to {street}, {city} {zip}; new email {email}.
-- {np}, NP""",
    ),
    # ---------------------------------------------------------------- heart failure / rehab
    "s9_hf_clinic_titration": (
        """HEART FAILURE CLINIC -- GDMT TITRATION NOTE
{pt} | MRN {mrn} | DOB {dob} | age {age90} | visit {date} | acct {fin}
HFrEF, EF {ef}% (echo {prev4}); NYHA {nyha}.  NT-proBNP {bnp}.  CardioMEMS sensor {dev_sn}: PA diastolic {pap} mmHg.
Weight {wt_kg} kg (dry {edw}); BP {bp}; HR {hr}; K {k}; eGFR {egfr}.
Meds: {drug} 49/51 BID (up from 24/26), carvedilol 12.5 mg BID, spironolactone 25, {drug2} 10 mg.
Daily weights reviewed from scale upload ({ip}).  Lives with {nok} ({nok_rel}) at {street}, {city}.
DRG {drg} admission {prev2}; ICD-10 {icd1}.  Next: labs {next1}, clinic {next2}.
HF NP {np}; attending {md}, MD""",
        """HF NURSE PHONE CALL {dt}
Called {pt_first} {pt_last} at {phone}: weight up 2.1 kg in 3 days, ankles swollen, 2-pillow orthopnea.
Remote PA pressure {pap} (CardioMEMS SN {dev_sn}) -- above threshold.
Per protocol (Policy {form}) extra furosemide 40 mg x2 days; BMP {next1}.
Pt {age90} y/o; son {nok} ({phone2}) will drive to clinic -- plate {plate} for valet.
{rn}, RN, HF program""",
    ),
    "s9_cardiopulm_rehab_session": (
        """CARDIAC REHAB -- PHASE II SESSION LOG   session {sessions}/36
Pt: {pt_lf}   MRN {mrn}   DOB {dob}   Dx {icd1} (CABG {prev5})
Date {date}  Tele monitor #{machine}  Rev {rev}  CPT {cpt1}
            HR    BP      SpO2  RPE  METs
Rest        {hr}   {bp}   {spo2}    -    -
Treadmill   {hr}   {bp2}   {spo2}    {rpe}   {mets}
NuStep      {hr}   {bp2}   {spo2}    {rpe}   {mets}
Recovery    {hr}   {bp}   {spo2}    -    -
Notes: asymptomatic; education on {drug}.  Parking pass plate {plate}.
Exercise physiologist {tech}; supervising Dr. {md_last}""",
        """PULMONARY REHABILITATION INTAKE
{pt} ({age90} years) -- {facility} -- {date}
Ref by {md2}, NPI {npi2}.  COPD GOLD 3 ({icd1}); FEV1 {fev1} L ({fev1_pct}% pred), FVC {fvc} L.
6MWT {six_mwt} m on 2 L O2, nadir SpO2 {spo2}%.  Home O2 concentrator serial {dev_sn}.
Address {street}, {unit}, {city} {zip}; transport by {drv} (friend), van plate {plate}.
Emergency contact {nok}, {phone2}.  CPT {cpt1} x {qty}.  Goals set with {rn}.""",
    ),
    # ---------------------------------------------------------------- CF / haemophilia / sickle cell
    "s9_cf_center_quarterly": (
        """CYSTIC FIBROSIS CENTER -- QUARTERLY VISIT
Name: {pt}   DOB: {dob}   MRN: {mrn}   CFF Registry ID: {registry}
Visit {date}  Genotype {cf_geno}  Modulator: {drug} (started {dx_date})
Spirometry: FEV1 {fev1} L ({fev1_pct}% pred), FVC {fvc} L.  BMI {bmi2}.
Sputum culture: {bug} (accession {accession}).  Sweat Cl {sweat} mmol/L (historic).
Airway clearance: {device} BID.  Specialty pharmacy Rx# {rx}; copay card ID {copay_id}.
Team: {md}, MD; {rd}, RD; {sw}, MSW; RT {tech}.
School/work: sophomore at college in {city2}; mom {nok} ({phone}) updated.""",
        """CF CLINIC -- PULM EXACERBATION PHONE NOTE {dt}
{pt_first} (age {age}; chart {mrn}) reports increased cough, sputum change, FEV1 on home spirometer {fev1} L
(baseline higher).  Home spirometer serial {dev_sn} upload from {ip}.
Plan: cipro 750 BID x14d, increase {device} to TID; if no better, admit to {facility} for IV abx.
Study participant ID {study} -- notify coordinator {p2}.  Call back {phone}.  -- {np}, NP""",
    ),
    "s9_hemophilia_infusion_log": (
        """HOME FACTOR INFUSION LOG -- Hemophilia Treatment Center
Patient {pt_lf}   DOB {dob}   HTC ID {registry}   MRN {mrn}
Dx: severe hemophilia A (D66), baseline FVIII <1%, inhibitor {bu} BU
Product: {factor}  Prophylaxis {factor_dose} IU 3x/week
Date        Reason        Dose (IU)   Product lot      Site        By
{prev3}   prophylaxis   {factor_dose}        {lot}     L antecub.  self
{prev2}   R knee bleed  {factor_dose}        {lot2}     R hand      {nok_first}
{prev1}   prophylaxis   {factor_dose}        {lot2}     L antecub.  self
{date}   prophylaxis   {factor_dose}        {lot3}     port        HH RN {rn}
Trough FVIII {fviii}% ({accession}).  Infusion pump none.  Home delivery to {street}, {city}.
HTC nurse {rn2}, {phone}""",
        """HTC COMPREHENSIVE VISIT -- {date}
{pt} ({age} yo, {eponym} excluded; mild hemophilia B, FIX {fix}%).  MRN {mrn2}.
Emergency letter reissued; carries card with HTC number {phone3}.  Target joints: none.
Dental work at {facility2} {next1}: {factor} {factor_dose} IU pre-procedure, lot from stock {lot}.
Mother {nok} ({nok_rel}) is an obligate carrier; genetic counselling referral, case {case}.
Insurance {org2} member {member}, group {group}.  Specialty Rx# {rx}.
{md}, MD (hematology)""",
    ),
    "s9_sickle_cell_dayhospital": (
        """SICKLE CELL DAY HOSPITAL -- ACUTE CARE VISIT
{pt_caps}   MRN {mrn}   DOB {dob}   Genotype {hbs}   {room}
Pt (goes by "{pt_nick}") arrived {dt} via taxi; pain {pain}/10 lower back and legs (usual crisis).
Individualized pain plan (per Dr. {md_last}, {prev3}): hydromorphone 1 mg IV q30min x3, ketorolac 15 mg.
Hgb {hgb} (baseline 8), retic {retic}%, LDH {ldh}, HbF {hbf}% on hydroxyurea.
{drug} infusion lot {lot} given {time}.  Discharged home {time3} with {nok} ({nok_rel}).
Photo on chart for ID: {photo}.  Patient lives {street}, {city}; ph {phone}.
ICD-10 D57.00; CPT {cpt1}.  RN {rn}""",
        """SCD CENTER -- TRANSITION CLINIC
{pt} turns 21 on {date_noyr}; transferring from pediatric SCD program at {facility2}.
TCD velocity last {tcd} cm/s ({prev5}).  On hydroxyurea 20 mg/kg; L-glutamine (Endari).
Chronic transfusion: no.  Ferritin 612.  ED visits x3 since {prev4}.
Works at {org} as a cashier (employee no. {employee}); FMLA forms faxed to HR {fax}.
Social: lives with partner {nok}, {hood}, {city}.  Email {email}.
Next: {next1} with Dr. {md2_last}.""",
    ),
    # ---------------------------------------------------------------- rheumatology / infusion
    "s9_biologic_infusion_chair": (
        """INFUSION CENTER TREATMENT RECORD -- {facility}
Patient: {pt_lf}    MRN: {mrn}    DOB: {dob}    Wt {wt_kg} kg
Patient identified x2 (name/DOB) + palm scan {bio}; photo {photo}
Order: {biologic} IV q8wk, ordered by {md}, MD (NPI {npi})   Auth {pa_ref} valid to {next3}
Premeds: {premed} at {time}.
Rate (mL/h): {rate} x15 min -> titrate per protocol.  Vials NDC {ndc}, lot {lot} (x3).
VS: {bp} / {hr} / {temp} pre;  {bp2} post.  No reaction.
HCPCS {hcpcs1} x {qty} units; CPT {cpt1}, {cpt2}.  Chair {chair}.
Next infusion {next2}.  RN {rn} (lic {rn_lic})    Parking validated, plate {plate}""",
        """NURSE NOTE infusion {dt}
{pt} ({age90}) here for {biologic}; TB screen neg {prev5}; Hep B sAg neg.
IV 22g L hand x1 attempt.  Started {time3}.  At 45 min c/o itching -> infusion paused,
{premed}; resumed at half rate.  Completed {dur}.  Dtr {nok} driving ({phone}).
Patient ID verified with {bio}.  Billing acct {account}.  -- {rn_first}""",
    ),
    "s9_rheum_das28_visit": (
        """RHEUMATOLOGY FOLLOW-UP                                       {date}
{pt}  |  DOB {dob}  |  MRN {mrn}
Seropositive RA (M05.79), {eponym} overlap?  On methotrexate 20 mg weekly + {biologic}.
TJC28 {tjc}, SJC28 {sjc}, ESR {esr}, CRP {crp}; DAS28-ESR {das28}; CDAI {cdai}.
X-rays {prev4}: erosions MCP2 bilat.  Labs via accession {accession}.
Switch considered; PA ref {pa_ref}.  Pt works as a {role} at {org}; lives in {city}.
Follow up {next1}.  {md_lf}, MD""",
        """RHEUM CLINIC NOTE / SCANNED (OCR)
Pat1ent: {pt_lf}    Med Rec No: {mrn}    D0B: {dob}
Vis1t date: {date}    Prov: Dr. {md_last}
DAS28 -CRP {das28}  (tender {tjc}/ swollen {sjc})  CRP {crp} mg/L
Biologic: {biologic} -- last dose {prev1} at {facility}
Pharmacy: {org}, Rx {rx}, ph {phone3}
Pt mobile {phone}; emergency contact {nok}""",
    ),
    # ---------------------------------------------------------------- HIV / hepatology
    "s9_ryan_white_recert": (
        """RYAN WHITE PART B -- 6-MONTH ELIGIBILITY RECERTIFICATION       {form}
Client name: {pt}            Client ID: {client}
DOB: {dob}     SSN: {ssn}    ADAP ID: {adap}
Residence: {street}, {unit}, {city}, {county}, {state} {zip}
Proof of residency: lease dated {prev5}; photo ID: state DL {dl}; ID photo {photo}
Household: 2 ({nok}, {nok_rel})     Income ${income}/yr = {fpl}% FPL
Insurance: Medicaid {medicaid} (pending) / marketplace none
Identity verified by fingerprint template {bio} at intake kiosk
Recert date {date}   Next due {next3}
Case manager: {sw} -- {phone3} -- fax {fax}""",
        """RW ELIGIBILITY -- SELF-ATTESTATION OF NO CHANGE
I, {pt_caps}, client # {client}, attest that my address ({street}, {city} {zip}), income and
insurance have not changed since my last full recertification on {prev5}.
Signature: (signed)      Date: {date}
Witness: {sw}, Medical Case Manager, {org}
Contact: {email} / {phone}
Office use: ADAP {adap}; CD4 {cd4}; VL {vl}; FPL {fpl}%""",
    ),
    "s9_hiv_clinic_progress": (
        """ID CLINIC PROGRESS NOTE -- {date}
{pt_lf} | {mrn} | DOB {dob}
HIV dx {dx_date}; ART: {art}.  Adherence >95% by self-report; pharmacy refill Rx# {rx}.
CD4 {cd4} cells/uL ({cd4_pct}%); HIV-1 RNA {vl} copies/mL (accession {accession}).
Cr {creat}, eGFR {egfr}; HBsAg neg; RPR NR.  ICD-10 B20, {icd1}.
Partner {nok_first} on PrEP, seen at {facility2}.
Pt prefers email ({email}).  Peer navigator {p2} to assist with ADAP renewal (ADAP ID {adap}).
Next: {next1} labs, {next2} visit.  {md}, MD""",
        """LAI ART INJECTION VISIT
Name {pt}  Chart {mrn}  DOB {dob}  Injection #{qty}
{art} -- gluteal, lot {lot} / {lot2}, given {dt} by {rn}.  Window {prev1} +/- 7 days: on time.
VL {vl} (LOINC {loinc}).  Next injection {next2}.  Reminder text to {phone}.
Transport voucher issued; client ID {client}.""",
    ),
    "s9_hcv_treatment_start": (
        """HEPATOLOGY -- HCV TREATMENT INITIATION
Pt {pt} ({mrn})  DOB {dob}  Insurance: Medicaid {medicaid}
HCV RNA {hcv_rna} IU/mL, genotype {geno}; FIB-4 {fib4}; elastography {kpa} kPa (F2-F3); MELD {meld}.
ALT {alt}, plt {plt}.  Dx B18.2.  HIV neg.  HBV: core Ab pos -> monitor.
Regimen: {hcv_rx}.  Prior auth {pa_ref} approved {prev1}.  Specialty pharmacy {org}, Rx# {rx}.
Start date {next1}; SVR12 lab {next3}.
Prescriber {md}, MD  NPI {npi}  DEA {dea}
Faxed to pharmacy {fax} on {date}.""",
        """HCV PATIENT ASSISTANCE -- CASE UPDATE
Case # {case}    Patient: {pt_lf}    DOB {dob}    SSN {ssn}
Household income ${income}; uninsured.  Approved for 12 wk {hcv_rx}, shipment to {street}, {city} {zip}.
Clinic contact {np}, NP: {phone}, fax {fax2}.  Next shipment {next1}.""",
    ),
    # ---------------------------------------------------------------- MS / neuro infusion
    "s9_ms_infusion_order": (
        """NEUROLOGY INFUSION ORDER SET -- MULTIPLE SCLEROSIS
Patient: {pt_lf}     DOB: {dob}     MRN: {mrn}     Ht {ht} cm  Wt {wt_kg} kg
Diagnosis: RRMS (G35), EDSS {edss}.  JCV index {jcv} ({prev2}).
Drug: {biologic}  HCPCS {hcpcs1}   REMS/TOUCH patient enrollment # {rems}
Premedication: {premed}
Frequency: q4 weeks x 12 months.  First dose {next1} at {facility}
Ordering neurologist: {md}, MD   NPI {npi}   Phone {phone3}   Fax {fax}
Signed {dt}""",
        """MS CENTER -- INFUSION DAY SUMMARY
{pt} (DOB {dob}; acct {account}) received {biologic} {date}; infusion {dur}, rate max {rate} mL/h.
Post-infusion observation 1 h: no IRR.  MRI brain {prev3}: no new T2 lesions.
Patient ID confirmed by name/DOB and photo {photo}.  Husband {nok} waiting in lot B ({plate}).
RN {rn}; neurologist {md_last}.  Next {next2}.""",
    ),
    # ---------------------------------------------------------------- bariatric
    "s9_bariatric_readiness": (
        """BARIATRIC SURGERY PROGRAM -- PRE-OP READINESS CHECKLIST
Patient: {pt}   MRN: {mrn}   DOB: {dob}   Member ID: {member}  Group: {group}
Initial BMI {bmi} (wt {wt_lb} lb), today BMI {bmi} -- Z68.41.  Comorbid: {icd1}, OSA on CPAP (serial {dev_sn}).
[x] Psych eval {prev4} ({p3}, PhD)
[x] 6-month supervised diet (visits {prev5} -> {prev1}) with {rd}, RD
[x] Support group x3   [x] H. pylori neg (accession {accession})
[ ] Insurance PA submitted {date}, ref {pa_ref}
Procedure: sleeve gastrectomy CPT 43775 at {facility}, surgeon {md}
Home: {street}, {city} {zip}; phone {phone}""",
        """BARIATRIC NUTRITION POST-OP VISIT (6 mo)  {date}
{pt_first} {pt_last} -- {age} y -- MRN {mrn}.  Wt {wt_lb} lb, BMI {bmi2}, %EWL {ebwl}.
Protein 70 g/d; MVI w/ iron; B12 1000 mcg; vit D3 3000 IU.  Labs {next1}.
Pt messaged via portal {url} with food diary; husband {nok_first} also attends.
{rd}, RD, LD""",
    ),
    # ---------------------------------------------------------------- allergy
    "s9_allergy_shot_log": (
        """ALLERGEN IMMUNOTHERAPY INJECTION RECORD
Patient {pt_lf}   DOB {dob}   MRN {mrn}   Photo ID {photo}
Extract: {allergen}   Mixed {prev5}, exp {next3}   Vial {vial}   Lot {lot}
Date        Arm  Dose (mL)  Reaction (mm)  Peak flow  Given by
{prev2}   L    {inj_ml}       {wheal}             {pef}        {rn2_first}
{prev1}   R    {inj_ml}       {wheal}             {pef}        {rn2_first}
{date}   L    {inj_ml}       {wheal}             {pef}        {rn}
30-min wait observed.  Epinephrine auto-injector confirmed.  CPT {cpt1}/{cpt2}.
Ordering allergist: Dr. {md_last}""",
        """SHOT ROOM -- OFFSITE ADMINISTRATION AUTHORIZATION
To: {md2}, {facility2} (fax {fax})
{pt} (DOB {dob}) will receive maintenance injections at your office starting {next1}.
Vials shipped {date}: {allergen}, {vial}, lot {lot}.  Emergency plan attached.
Contact our nurse {rn2} at {phone3}.  Patient cell {phone}, email {email}.
Prescriber {md}, MD (NPI {npi})""",
    ),
    # ---------------------------------------------------------------- specialty pharmacy / PAP
    "s9_specialty_rx_enrollment": (
        """SPECIALTY PHARMACY ENROLLMENT FORM  ({form})   FAX TO: {fax}
PATIENT
  Name: {pt_caps}     DOB: {dob}     Sex: F
  Address: {street}, {city}, {state} {zip}
  Phone: {phone}   Alt: {phone2}   Email: {email}
  SSN (for PAP screening): {ssn}
INSURANCE
  Plan: {org2}   Member ID: {member}   Group: {group}   RxBIN {bin}  PCN {pcn}
PRESCRIBER
  {md}, MD   NPI {npi}   DEA {dea}   Office phone {phone3}   Office fax {fax2}
RX
  {drug} -- qty {qty}, {days}-day supply, refills {refills}.   Dx {icd1}
Refill line uses voice verification: voiceprint ID {bio}
Date {date}""",
        """Specialty Pharmacy Intake Call  {dt}
Agent {p2} spoke with pt {pt} (verified DOB {dob}, ZIP {zip}).  Rx {rx} for {drug} received from Dr.
{md_last}.  Benefits investigation: {org2}, member {member}; copay {copay}; copay card {copay_id}
(BIN {bin}).  Ship to alternate address: {street2}, {city2} {zip2} c/o {nok}.  Cold chain.
Delivery {next1}.  Case {case}.""",
    ),
    "s9_pap_renewal_letter": (
        """{org}
Patient Assistance Program -- Annual Re-enrollment

{date_long}

{pt}
{street} {unit}
{city}, {state} {zip}

Re: Case {case} -- {drug}

Dear {pt_first},

Your enrollment ends on {next2}. To continue receiving {drug} at no cost, please return the
signed renewal with proof of income (2 pay stubs or tax year {year2} return) by {next1}.
Your prescriber, Dr. {md_last}, must sign section 3 (NPI {npi}).
Questions: {phone2} or {email2}.  Fax documents to {fax}.""",
        """PAP RENEWAL -- PROVIDER SECTION (faxed {dt})
Patient: {pt_lf}   DOB {dob}   SSN {ssn}   Program ID {case}
Medication: {drug} {biologic}   Dx {icd1}   Site of care {facility}
Household size 3; income ${income}; Medicare Part D {mbi}: LIS denied.
Prescriber: {md}, MD  NPI {npi}  phone {phone3}  fax {fax}
Office contact {p3} ({email2})""",
    ),
    # ---------------------------------------------------------------- transport / registration / feeds
    "s9_dialysis_ride_roster": (
        """DIALYSIS TRANSPORT ROSTER -- {date}  ({shift})
Vendor: {org}    Dispatcher: {p5}    Dispatch line {phone3}
PU     Rider                   Pickup address                    Vehicle / plate       Driver
{time}  {pt_lf} {street}, {city}        {plate} (wheelchair)  {drv}
{time2}  {p2_lf} {street2}, {city2}          {plate}               {drv_first}
Unit: {facility}, chair {chair}.  Rider {pt_first} is {age90}: needs door-to-door, {nok_rel} {nok} at home.
Van VIN {vin} (replacement for unit out of service).  Driver licence {dl}.""",
        """NEMT TRIP LOG  {date_iso}
trip_id,member,medicaid_id,pickup,dropoff,vehicle_plate,vin,driver
{pa_ref},"{pt_lf}",{medicaid},"{street}, {city} {zip}","{facility}",{plate},{vin},"{drv}"
note: member {age90} y/o, standing order MWF; call {phone} on arrival.""",
    ),
    "s9_palm_vein_checkin_audit": (
        """REGISTRATION KIOSK AUDIT LOG -- {facility}
ts,kiosk_ip,event,patient,mrn,biometric_template,photo_ref,operator
{dt},{ip},palm_scan_match,"{pt_lf}",{mrn},{bio},{photo},{p2}
{dt},{ip},insurance_card_scan,"{pt_lf}",{mrn},,,{p2}
{dt},{ip},update_phone,"{pt_lf}",{mrn},,,"{p2} -> {phone}"
# policy {form}; templates stored hashed; CPT n/a; room {room}""",
        """Biometric enrollment -- front desk note
Enrolled {pt} (DOB {dob}, MRN {mrn}) in palm-vein ID on {date} at the {facility} infusion suite.
Template ID {bio}; ID photo captured ({photo}).  Patient declined fingerprint.  Registrar {p2}
(employee {employee}).  Guarantor {nok} -- account {account}, plan {member}.""",
    ),
    "s9_renal_lab_hl7": (
        """MSH|^~\\&|LAB|{facility}|NEPH|CLINIC|{date_hl7}||ORU^R01|{accession}|P|2.5.1
PID|1||{mrn}^^^MR||{pt_hl7}||{dob_hl7}|F|||{street}^^{city}^{state}^{zip}||{phone}|||||{account}|{ssn}
PV1|1|O|DIAL^{station}||||{npi}^{md_last}^{md_first}
OBR|1||{accession}|RENAL^Monthly dialysis panel|||{date_hl7}
OBX|1|NM|{loinc}^eGFR||{egfr}|mL/min/1.73m2|>60|L|||F
OBX|2|NM|2160-0^Creatinine||{creat}|mg/dL|0.6-1.2|H|||F
OBX|3|NM|1751-7^Albumin||{alb}|g/dL|3.5-5.0||||F
OBX|4|NM|URR||{urr}|%|>65||||F
NTE|1||Kt/V {ktv}; specimen drawn pre-dialysis""",
        """MSH|^~\\&|POCT|{facility}|ACC|ANTICOAG|{date_hl7}||ORU^R01|MSG{qty}{time2}|P|2.3
PID|1||{mrn}||{pt_hl7}||{dob_hl7}|M||||||{phone}||||{fin}
OBR|1||{accession}|{loinc}^INR|||{date_hl7}
OBX|1|NM|6301-6^INR||{inr}||{inr_range}|H|||F|||||{rn_lf}
NTE|1||meter {dev_sn}; strip lot {lot}; next {next1}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """HEMODIALYSIS UNIT -- SHIFT QA SUMMARY ({shift})
Stations in use: 1-{station}.  Machine #{machine} ({device}) out for conductivity alarm; biomed ticket.
Dialyzer stock: {dialyzer} lot {lot}, {dialyzer} lot {lot2}.  Bath {bath}.
Avg Kt/V {ktv}, URR {urr}%; 3 patients Hgb < 9 ({esa}).  Policy {form}.
Charge nurse reviewed at {time}.""",
    """ANTICOAGULATION PROTOCOL EXCERPT ({form})
INR {inr} with goal {inr_range}: increase weekly dose 5-10% (e.g. {wkdose} mg/wk).
INR > 4.5 without bleeding: hold 1-2 doses, recheck in 3-5 days.  POC testing CPT {cpt1}.
TTR target > 65%; current clinic average {ttr}%.  Strip lot {lot} recalled? no.""",
    """DIABETES EDUCATION HANDOUT -- Sick Day Rules ({version})
Check glucose every {qty} hours; ketones if > 250 mg/dL.  Hold {drug} and {drug2} if vomiting.
Rule of 15 for lows below 70.  Pump users ({pump}): change site if BG > 300 x2.  ICD-10 {icd1}.
Call the on-call provider; after {time3} use the nurse line.""",
    """CGM/PUMP CLINIC -- BILLING GRID {year2}
95249  personal CGM start/training          rev {rev}
95251  CGM interpretation                   once per 30 days
G0108  DSMT individual, per 30 min          {money2}
{hcpcs1}  supplies                            {money}
A1c POC (CPT 83036, LOINC 4548-4) result {a1c}% -- reference 4.0-5.6.""",
    """HEART FAILURE CLINIC -- TEAM HUDDLE {time}
Census 14.  Two pts NYHA {nyha} with NT-proBNP > {bnp}; one CardioMEMS alert (PAD {pap}).
GDMT targets: {drug} 97/103 BID, carvedilol 25 BID, spironolactone 25, SGLT2i daily.
DRG {drg} readmissions this quarter: {qty}.  {role} to call.""",
    """CARDIAC REHAB -- EXERCISE PRESCRIPTION TEMPLATE
Target HR {hr}-{hr} bpm, RPE 11-{rpe}, start {mets} METs; progress 0.5 MET/week.
Telemetry for first {qty} sessions.  BP hold if > 180/110.  CPT 93798; revenue code 0943.
Contraindications per AACVPR {year2} guideline.""",
    """CF CENTER -- INFECTION CONTROL REMINDER
Six-foot rule; one patient per room; {bug} on any culture = contact precautions.
Clinic rooms {room}.  Modulator {drug} -- LFTs q3 months x1 yr.  FEV1 reference GLI-2012.
Sweat chloride >= 60 mmol/L diagnostic ({sweat} seen today on a QC sample).""",
    """HEMOPHILIA TREATMENT CENTER -- FACTOR INVENTORY
{factor} 1000 IU  lot {lot}  qty {qty}  exp {year2}
{factor} 2000 IU  lot {lot2}  qty {qty}
Hemlibra 150 mg/mL  lot {lot3}
Emergency dosing card: FVIII {factor_dose} IU for head injury; {eponym} patients per vWF protocol.
Billing HCPCS J7192 / J7170; NDC {ndc}.""",
    """SICKLE CELL PATHWAY -- ED ORDER SET ({form})
Analgesia within 60 min of triage; {drug} per individualized plan.  Hgb, retic ({retic}%), LDH.
Hydroxyurea target HbF > 20% (cohort avg {hbf}%).  ICD-10 D57.00 / D57.1.
Incentive spirometry q2h; exchange transfusion if ACS.""",
    """INFUSION CENTER -- CHAIR SCHEDULE TEMPLATE
Chair {chair}  {time}  {biologic}   {dur}
Chair {station}  {time3}  iron sucrose 200 mg   30 min
Premeds standard: {premed}.  HCPCS {hcpcs1}, {hcpcs2}; CPT 96365 + 96366 x{qty}.
Reaction kit checked by {role}.  Rev code {rev}.""",
    """RHEUMATOLOGY -- DAS28 CALCULATOR OUTPUT
TJC {tjc}, SJC {sjc}, ESR {esr}, patient global 52 -> DAS28-ESR {das28} (moderate)
CDAI {cdai}.  Remission < 2.6; low < 3.2; high > 5.1.  Consider {biologic}.
Exclude {eponym} and {eponym2}.  ICD-10 {icd1}.""",
    """RYAN WHITE PROGRAM -- ELIGIBILITY GRID {year2}
Household of 1: 400% FPL = {money}; household of 2 ... per HRSA PCN 21-02.
Recertify every 6 months; documentation per form {form}.
Labs accepted: CD4 {cd4}, VL {vl} within 12 months.  ADAP premium assistance up to {money2}/mo.""",
    """HIV CLINIC -- QUALITY DASHBOARD (Q3)
Viral suppression (<200): {pct}%   Retention: {pct}%   LAI ART pts: {qty}
Median CD4 at entry {cd4}.  {art} most common.  LOINC {loinc} used for VL.
Peer navigators: 2 FTE.  The case manager covers Tuesday walk-ins.""",
    """HEPATOLOGY -- HCV TREATMENT CRITERIA ({version})
No fibrosis restriction.  FIB-4 > 3.25 or elastography > 12.5 kPa = advanced ({kpa} kPa example).
Regimens: {hcv_rx}; check interactions (PPIs, amiodarone).  MELD {meld} threshold for referral 15.
SVR12 = HCV RNA undetectable 12 weeks post (LOINC 11011-4).""",
    """MS INFUSION -- NATALIZUMAB SAFETY CHECKLIST
JCV index {jcv}; if > 1.5 discuss extended interval dosing.  EDSS {edss}.
TOUCH prescribing program authorization required before each dose.  HCPCS J2323.
Observe 1 h post infusion for first {qty} doses.  Brand: Tysabri.  Ocrevus alternative (J2350).""",
    """BARIATRIC PROGRAM -- INSURANCE CRITERIA SUMMARY
BMI >= 40, or >= 35 with comorbidity (BMI {bmi} example; Z68.41).  6 supervised visits.
Psych eval and nutrition clearance.  CPT 43775 sleeve; 43644 RYGB.  DRG 619-621.
Average %EWL at 12 months {ebwl}%.  Patient ages {age}-{age2} in cohort.""",
    """ALLERGY SHOT ROOM -- BUILD-UP SCHEDULE
Week 1: {vial} 0.05 mL; week 2: 0.10 mL; ... maintenance {inj_ml} mL of 1:1.
Hold dose if peak flow < 80% personal best ({pef} L/min example) or recent reaction > {wheal} mm.
Wait 30 minutes.  CPT 95117 (2+ injections), 95165 (antigen prep, per dose).""",
    """SPECIALTY PHARMACY -- PAYER GRID
{org}: RxBIN {bin}, PCN {pcn}; PA turnaround 72 h.
{drug} {days}-day supply, qty {qty}; copay card max {money}/yr.  NDC {ndc}.
Cold chain pack-out {version}; courier window {time}-{time3}.""",
    """PATIENT ASSISTANCE PROGRAM -- INCOME THRESHOLDS
Eligibility <= 500% FPL; household income example ${income}.  Renewal yearly; form {form}.
Covered: {drug}, {drug2}, {drug3}.  Benefits investigation by {org2}.  ICD-10 required.""",
    """PD PROGRAM -- CYCLER PRESCRIPTION DEFAULTS
{device}: {cycles} exchanges x {fill} mL {dextrose}, total 10 L, last fill icodextrin 2 L.
Weekly Kt/V goal >= 1.7 (current program avg {stdktv}).  Solution lots {lot}, {lot2} released.
Peritonitis rate 0.28 episodes/patient-year.  Revenue code 0841; CPT 90945.""",
    """VASCULAR ACCESS -- MONTHLY COMMITTEE MINUTES
AVF rate {pct}%; CVC > 90 days {qty} pts.  Qa < 600 mL/min or 25% drop -> fistulagram (CPT 36902).
Cannulation needles {needle}.  Discussed {access} complication.  Next meeting first Tuesday, {time3}.""",
    """NEPHROLOGY -- CKD STAGING TABLE
G3a eGFR 45-59; G3b 30-44; G4 15-29 ({egfr} example); G5 < 15.  A3 UACR > 300 ({uacr} mg/g).
{drug} for CKD with UACR >= 200.  KDIGO {year2}.  {eponym} and {eponym2} on differential.""",
    """ENDOCRINE -- THYROID LAB REFERENCE
TSH 0.45-4.5 mIU/L (result {tsh}); free T4 0.8-1.8 ng/dL (result {ft4}).  LOINC {loinc2}.
{eponym}: TRAb positive.  Methimazole 10-30 mg/day.  Radioiodine 15 mCi option.""",
    """DIALYSIS UNIT -- MONTHLY MEDICATION ADMIN SUMMARY
{esa} -- {qty} patients; {iron}; {vitd}.  Sensipar 30 mg; Parsabiv 5 mg IV TIW.
Stock lots {lot} / {lot2}.  HCPCS J0882, J1756, J0604.  Total drug cost {money}.""",
    """HOME INR METER PROGRAM -- DEVICE TRAINING CHECKLIST
{device} -- code chip match; strip lot {lot}; QC solution level 1/2.
Results outside {inr_range} phoned to the pharmacist within {qty} h.  Medicare covers weekly testing (G0249).""",
    """PULMONARY REHAB -- OUTCOMES {year2}
Mean 6MWT gain 48 m (baseline {six_mwt} m).  CAT score change -{score}.  FEV1 avg {fev1} L ({fev1_pct}% pred).
Sessions completed {sessions}/36 median.  G0424 billed; rev 0948.""",
)
