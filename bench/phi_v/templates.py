"""Document templates for planted set V: long-term, residential and community-based care.

``{key}`` placeholders are filled from ``values.identifiers`` (gold spans) and ``values.lookalikes``
(filler that is not PHI). Keys ending ``_uc`` are ALL CAPS versions, ``_ocr`` scanner-damaged ones.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "v_mds_section_a_identification": (
        """MDS 3.0 NURSING HOME COMPREHENSIVE (NC) ITEM SET  Version {version}
Section A  Identification Information
A0100  Facility Provider Numbers .......... on file (see {role})
A0310  Type of Assessment: A=01 Admission  B=01 5-day PPS  F=99
A0500  Legal Name of Resident
       A. First name: {pt_first_uc}      C. Last name: {pt_last_uc}
A0600  A. Social Security Number: {ssn}
       B. Medicare number: {mbi}
A0700  Medicaid Number: {medicaid}
A0800  Gender: {pt_sex}
A0900  Birth Date: {dob_mds}
A1300  A. Medical record number: {mrn}
       B. Room number: {room}
       C. Name by which resident prefers to be addressed: {pt_nick}
A1600  Entry Date: {adm_us}
A1700  Type of Entry: 1. Admission
A1800  Entered From: 03. Acute hospital ({hosp})
A2300  Assessment Reference Date: {d1}
Z0400  Signatures: {mdsc_name}, RN, RAC-CT   Sections A,B,C,GG   Date {d2}
                   {sw_name}, LSW            Sections D,E,Q      Date {d3}
Z0500  RN Assessment Coordinator: {mdsc_lf}    Signed {today_us}
HIPPS {hipps}   Dx {icd1}, {icd2}   BIMS {bims}/15   PHQ-9 {phq}""",
        """Resident: {pt_lf}   MR# {mrn}   Rm {room} bed {bed}   Unit: {unit_name}
MDS quarterly (NQ) worksheet - {fac}
ARD {d1}   Age {age}   Medicare Part A day {days}   Payer: Medicaid {medicaid}
Section C: BIMS {bims}/15 (repeat 3 words: sock, blue, bed)
Section D: PHQ-2 to 9 interview score {phq}; resident states "I miss my {rel} {fam_first}"
Section GG: self-care {adl}; mobility - uses {mobility}
Section J: falls since prior assessment: 1 (see incident {incident_no})
Section M: 1 unhealed pressure ulcer stage {stage}, {site} {wound_l} x {wound_w} cm
Section N: antipsychotic 7/7 days ({medd1}); anticoagulant ({medd2})
Section O: PT/OT 5x/wk ({cpt1}, {cpt2})
Interviewed with {rel} present ({fam_name}, ph {fam_phone}).
Completed by {mdsc_name} RN on {today}. Transmitted to state {d_iso} batch {version}.""",
        """MDS SUBMISSION VALIDATION REPORT (FINAL)  (iQIES)
Submission date/time: {dt1}   Facility ID: (internal)   File: MDS{year2}.zip
Record  Resident Internal ID  Name                         DOB         SSN          Status
------  --------------------  ---------------------------  ----------  -----------  --------
0001    {mds_int_id}          {pt_lf_uc}                   {dob_us}    {ssn}        ACCEPTED
        Warning -3616a: Medicare number {mbi} does not match MBI on prior record
        Warning -1018: Entry date {adm_us} precedes prior discharge
0002    (roommate)            {res2_lf_uc}                 ****        ****         ACCEPTED
Messages: {count_deficiencies} warnings, 0 fatal errors. Contact {mdsc_name} ({mdsc_first} in MDS office).""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "v_idt_care_plan_conference_minutes": (
        """{fac}
Interdisciplinary Care Plan Conference - {d1} at {time1}
Resident: {pt_name} ({pt_title} {pt_last}), age {age_w}, Rm {room}, admitted {adm}
Attendees: {sw_name} LSW (facilitator); {rn_name} RN, unit manager; {dietitian_name} RD;
{ther_name} OTR/L; {actv_name} (activities); resident; {rel} {fam_name} by phone {fam_phone}.
Discussion:
- Weight {wt} ({wt_loss} loss in 30 days). Diet {diet}. {dietitian_last} to add {supplement}.
- Skin: Braden {braden}; heels offloaded with {offload}.
- Behaviors: exit-seeking after supper; {pt_first} responds to music and to being called "{pt_nick}".
- Code status unchanged per POLST on file; {rel} {fam_first} is health care POA.
- Discharge potential: long-term; {rel} asked about moving {pt_poss} mail to {street}, {city}.
Next conference {next}. Minutes by {sw_last}.""",
        """CARE CONFERENCE NOTE        Date: {today}        Type: quarterly / significant change
Res. {pt_lf} | DOB {dob} | MRN {mrn} | Physician: Dr. {md_last} | {unit_name} {room}
Family present: {fam_name} ({rel}), {fam2_name} ({rel2}, joined on speaker from {fam2_phone})
Staff: {don_name} DON, {sw_name}, {mdsc_name} MDS
Family concerns: missing hearing aid (right, serial {dev_other}) last seen {d_md}; laundry labelling;
wants email updates to {fam_email}.
Plan: {role} to file grievance; hearing aid company called; {med1} dose reviewed ({dose1}).
Care plan goals reviewed: falls ({morse} Morse), nutrition, ADLs ({adl}), mood (PHQ {phq}).
Resident/representative signature: {fam_name}     Date {today}""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "v_snf_fall_event_report": (
        """FALL / INCIDENT REPORT   Report # {incident_no}   ({policy})
Resident name: {pt_lf}            Room: {room}           Resident ID: {mrn}
Date/time of event: {dt1}           Location: bathroom, {unit_name}
Found by: {cna_name}, CNA (emp# {emp_id})   Witness: none
Description: Resident found sitting on floor beside toilet; states "I was trying to go by myself."
Call light not on. Non-skid socks on. {mobility} in room.
Assessment by {rn_name}, RN (lic {rn_lic}): ROM WNL x4, no shortening/rotation, skin tear L forearm
{wound_l} cm. BP {bp}, HR {hr}, RR {rr}, T {temp}, SpO2 {spo2}. GCS {gcs}. Neuro checks started.
On {medd1}; last INR {inr}.
MD notified: Dr. {md_name} at {time2}, order for x-ray ({xray_vendor}).
Family notified: {rel} {fam_name} at {fam_phone} on {d_md} {time3}.
Interventions: low bed, floor mats, toileting q2h while awake. Morse {morse}.
Report completed by {rn_last} {today_us}. Reviewed by {don_name}, DON.""",
        """Post-Fall Huddle - {unit_name}
Resident: {pt_plain} ({pt_nick})   Age: {age}   Dx: {eponym}, {icd1}
When: {dt2}   Where: hallway outside {room2} near {zone}
Staff in huddle: {lpn_name} LPN, {cna_name}, {cna2_name}, {ther_first} from therapy
What happened: {pt_first} got up from {mobility} unassisted; bed/chair alarm ({dev_bed}) sounded, {cna2_first}
reached {pt_poss} side within 1 min. Resident lowered self to floor, no injury noted.
Root cause: toileting need; last voided {time1}.
Follow up: incident {incident_no} entered; Dr. {md_last} faxed at {md_fax}; {rel} {fam_first} called {fam_phone}
and will visit {d_mday}. Therapy screen requested.""",
        """STATE REPORTABLE INJURY OF UNKNOWN ORIGIN - 24 HOUR INITIAL
Facility: {fac}, {fac_street}, {fac_city}, {state} {fac_zip}
Administrator: {admr_name}, NHA lic. {nha_lic}    Phone {fac_phone}    Fax {fac_fax}
Resident: {pt_name}   DOB: {dob}   Medicaid #: {medicaid}
Date discovered: {d1}   Time: {time1}
Injury: bruise 4 x 3 cm R upper arm, purple/yellow, origin unknown. Resident unable to explain (BIMS {bims}).
Staff suspended pending investigation: {cna_name} (employee {emp_id}).
Police notified: no. Ombudsman notified {d2} ({ombud_name}).
Submitted by {don_name} via {agency_url} at {dt3}.""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "v_weekly_skin_wound_rounds": (
        """WOUND ROUNDS  {fac}  week of {d1}
Wound nurse: {rn_name}, RN, WCC   With: Dr. {md_last} (podiatry {np_name})
------------------------------------------------------------------------------------------
Resident              Rm      Site        Stage  L x W x D (cm)        Tx                 Next
{pt_lf}  {room}  {site}  {stage}  {wound_l} x {wound_w} x {wound_d}     {dressing}      {next}
{res2_lf}  {room2}  sacrum      2      1.1 x 0.9 x 0.1       foam q3d           {d_md}
------------------------------------------------------------------------------------------
Notes: {pt_first}'s NPWT unit serial {dev_other} alarmed overnight; canister changed {time2}.
Albumin {alb} g/dL, Hgb {hgb}. {dietitian_name} RD following. Braden {braden}.
Photos taken per {policy}; no facial images.""",
        """Skin/Wound Progress Note  |  {pt_name}  |  {age}yo  |  MR {mrn}  |  DOB {dob}
Date: {today}   Wound #1: {site}, stage {stage}, present on admission {adm}
Measurements: {wound_l} cm x {wound_w} cm x {wound_d} cm; undermining 2 cm at 12-3 o'clock.
Wound bed 60% granulation, 40% slough; moderate serosanguinous exudate; no odor.
Treatment: cleanse NS, {dressing}, change daily and PRN. Heel boots ({offload}).
Negative pressure device (KCI) serial no. {dev_other} continued at 125 mmHg.
Ordered by {np_name}, NP (NPI {npi}). Dietary consult: add {supplement}.
Family: {rel} {fam_name} updated by phone {fam_phone}.
{rn_name}, RN   {dt1}""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "v_assisted_living_residency_agreement": (
        """RESIDENCY AGREEMENT - ASSISTED LIVING     Form AL-14 v3
This Agreement is made on {today_long} between {fac} ("the Residence"), {fac_street}, {fac_city},
{state} {fac_zip}, and {pt_name} ("Resident"), born {dob_long}, currently residing at {street},
{unit}, {city}, {state} {zip}.
Responsible Party: {fam_name}, {rel}, {fam_phone}, {fam_email}
1. Apartment: Studio {room}. Monthly base rate {money2}; Level of Care {score_loc} add-on {money1}.
2. Move-in date: {d_mday}. Community fee {money3} (non-refundable).
3. Parking: one space assigned; vehicle plate {plate}.
4. Medication assistance per {policy}; pharmacy {pharm_org}.
5. Thirty (30) days written notice required to terminate.
Resident signature: ____________ {pt_name}       Date {today_us}
Executive Director: {admr_name}   Lic. {nha_lic}   Date {today_us}""",
        """Move-In Checklist  -  Resident: {pt_lf}   Apt {room}   Move-in {d1}
[x] Physician's Report (Form {al_form}) signed Dr. {md_name}, {d2}
[x] TB screen: IGRA negative {d3}
[x] Photo for ID board taken ({photo})
[x] Emergency contact: {fam_name} ({rel}) cell {fam_phone}, work {fam_phone2}
[x] Second contact: {fam2_name}, {fam2_phone}
[x] Insurance: Medicare {mbi}; supplemental plan member {plan_id}, group {group_no}
[x] Car on campus: yes - plate {plate}, VIN {vin} (for fob gate)
[x] Pendant issued, serial {dev_pend}
[ ] Advance directive copy - {rel} to bring
Marketing: {actv_name}   Wellness nurse: {rn_name}""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "v_icf_iid_group_home_shift_note": (
        """{group_home}    DSP SHIFT NOTE    {today}   2nd shift ({time1}-{time2})
Individual: {pt_plain}  (ID {mrn})   Dx: {icd1} ({eponym}), {icd2}
Staff: {dsp_name} (lead), {dsp2_name}
- Meds passed per MAR at {time3}: {medd1}, {medd2}. Refused none.
- Community outing: bowling in {city} with housemate {res2_first}; home van {van_no}, plate {plate}.
- Behavior: 1 episode of self-injury (hand biting) after phone call with {rel} {fam_first}; redirected with
  preferred activity in 4 min. Documented on BSP data sheet.
- Called {rel} back at {fam_phone}; {fam_first} will visit {d_mday}.
- Seizure log: none. Bowel: BM x1.
QIDP notified: {cm_name} via text {cm_phone}.
Signed {dsp_name}  emp {emp_id}""",
        """GROUP HOME - INDIVIDUAL DAILY LOG   {group_home}
Name: {pt_lf}   DOB: {dob}   Medicaid: {medicaid}
0700  woke, showered with verbal prompts, chose blue shirt.  ({dsp_first})
0815  breakfast {diet}; ate 100%.
0900  day program van to {day_center}; driver {driver_name}, van plate {plate}.
1530  home. Ate snack. Watched TV w/ {res2_first}.
1700  seizure 45 sec tonic-clonic; VNS swiped (generator SN {dev_other}); recovered {time4}. Nurse {rn_name} notified.
1800  dinner. Weight {wt}.
2000  phoned {rel} {fam_name} ({fam_phone}) - reported seizure.
2130  bed. Staff: {dsp2_name}. Emp # {emp_id2}.""",
        """Incident note (ICF/IID)  {dt1}
{pt_name}, age {age_lo}, fell from bicycle on {street} near {hood} while on supervised walk with
{dsp_name}. Abrasion L knee 3 cm, cleaned, covered. Vitals {bp}, {hr}. Guardian {guardian_name}
({guardian_phone}) notified {time3}. Nurse {rn_name} assessed. Report # {incident_no} sent to
QIDP {cm_name} and to {cm_email}. Plan: helmet on all bike outings. {dsp2_name} witnessed.""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "v_pace_idt_participant_review": (
        """{pace_center} - IDT MEETING NOTE
Participant: {pt_name}   PACE ID {pace_id}   Medicare {mbi}   Medicaid {medicaid}
Enrolled: {adm}   Age: {age}   Home: {street}, {city} {zip}
Day-center check-in today {dt1} by palm scan (template {bio_palm}).
PCP {np_name}, NP: BP {bp}; {medd1} continued. A1c {a1c}.
RN {rn_name}: weekly pill-box fill; {rel} {fam_first} sets up evening meds.
SW {sw_name}: caregiver strain; respite referral. Home phone {pt_phone}.
Transportation ({driver_name}): bus plate {plate} pickup {time1}; wheelchair tie-down.
Home care aide 3h/day ({cpt1} equivalent). Next IDT review {next}.""",
        """PACE Transportation Manifest  -  {today}   Route 4   Vehicle {van_no} (plate {plate}, VIN {vin})
Driver: {driver_name}  CDL {dl}   Aide: {dsp_name}
Stop  Pickup  Participant              Address                               Notes
1     {time1}   {pt_lf}   {street}, {unit}, {city}   w/c, O2 2 L; call {rel} {fam_phone} on arrival
2     {time2}   {res2_lf}   (see manifest B)                       walker
Return {time3}. Participant {pt_first} clinic appt w/ Dr. {md_last} {d_md} at center.
Dispatcher: {cm_name} ({cm_phone})""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "v_adult_day_attendance_csv": (
        """export: adult_day_attendance.csv  site={day_center}  generated {dt1}
participant_id,last,first,dob,arrive,depart,checkin_method,biometric_ref,transport,billing_code,units
{mrn},{pt_last},{pt_first},{dob_us},{time1},{time2},finger,{bio_fp},{plate},{cpt1},{qty}
{mrn2},{res2_last},{res2_first},,{time3},{time4},staff,,family,S5100,{qty}
# attendance verified by {actv_name} ({emp_id}); Medicaid waiver {medicaid}""",
        """ADULT DAY SERVICES - DAILY PARTICIPANT NOTE
Center: {day_center}   Date: {today}
Participant: {pt_name}  ("{pt_nick}")   DOB {dob}   Age {age}
Arrived {time1} via {transport_vendor} (plate {plate}). Signed in by {rel} {fam_name}.
Fingerprint check-in template {bio_fp}; photo on roster {photo}.
Vitals: BP {bp}, pulse {hr}, wt {wt}. Blood sugar {glucose} before lunch.
Meds given at center: {medd2} at {time2}.
Activities: chair exercise, music group; {pt_first} danced with volunteer {actv_first}.
Departed {time3} with {fam2_name}. Nurse: {rn_name}, RN.
Billing: {cpt2} x1 day; waiver case {waiver_case}.""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "v_emar_pass_export": (
        """eMAR - Medication Administration Record      Printed {dt1} from workstation {ip1}
Resident: {pt_lf_uc}    Photo: {photo}    Room {room}    MR# {mrn}    DOB {dob_us} ({age}y)
Allergies: PCN, sulfa     Physician: {md_lf}     Pharmacy: {pharm_org}  (fax {pharm_fax})
Medication                                 Rx#         Sched   Given   By    Result
{medd1}   {rx1}   {time1}   {time1}   {lpn_last}  given
{medd2}   {rx2}   {time2}   held    {lpn_last}  held - BP {bp}
{medd3}   {rx3}   PRN     {time3}   {rn_last}  pain {pain}/10 -> f/u 2/10
NDC {ndc}  {lot} {exp} (house stock)
Second verification: {rn_name}   Nurse signature: {lpn_name}, LPN ({lpn_lic})""",
        """MAR exception report  {fac_org}  {unit_name}  {d_iso}
Late/missed administrations (window +/- 60 min, {policy})
Resident           Rx number   Drug                       Due    Given   Nurse
{pt_lf}      {rx1}    {medd1}    {time1}  {time2}   {lpn_name}
{pt_lf}      {rx2}    {medd2}    {time3}  refused {lpn_name}
Resident photo verified: {photo}. Session from {ip1} user {emp_id}.
Pharmacy notified ({pharm_fax}); Dr. {md_last} notified {dt2}.""",
        """Pharmacy label transcription (OCR)
R0SEW00D PHARMACY SERV1CES  ph {fac_phone}
Rx# {rx1}   {dt2}
FOR: {pt_lf_ocr}   Rm {room}
{medd1}  TAKE AS DIRECTED
Qty: {qty}   Refills: 0   Prescriber: {md_name_ocr}  DEA {dea}
{ndc}   {lot}
Facility: {fac_ocr}""",
    ),
    # 10 -----------------------------------------------------------------------------------------
    "v_narcotic_shift_count_sheet": (
        """CONTROLLED SUBSTANCE PROOF-OF-USE / DECLINING INVENTORY     Form CS-{qty}
Resident: {pt_lf}     Rm {room}     Rx# {rx1}     Drug: {medd1}
Prescriber: Dr. {md_name}  DEA {dea}   Pharmacy card filled {d1}, qty received {count_start}
Date        Time   Dose    Given by         Witness            Remaining
{d_md}       {time1}   1 tab   {lpn_last}          -                  {qty}
{d_md2}       {time2}   1 tab   {rn_last}           -                  {qty}
{today_md}   {time3}   wasted  {rn_last}           {lpn_last}           {qty}  (dropped; waste witnessed)
Shift count {today}: off-going {rn_name} / on-coming {lpn_name} - count correct.
Cabinet access by fingerprint {bio_fp} ({rn_first}) and {bio_fp2} ({lpn_first}).""",
        """NARCOTIC COUNT - {unit_name} - {today}
Cart 2 / Box 1 key holder: {lpn_name}  (emp {emp_id})
Discrepancy: {pt_last}, {pt_first}  Rx {rx2}  {medd2}  book {count_start}, card {qty}
Notified {don_name} DON at {time4}. Pharmacist {pharm_name} ({pharm_phone}) reviewed.
Destruction log: {medd3} Rx {rx3} for discharged resident {res2_lf}, destroyed {d2} with {rn_name}.
Per {policy}: report to state board if unresolved within 24 h.
Signatures: {lpn_last} / {rn_last}""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "v_wander_bracelet_exit_alarm_log": (
        """WANDER MANAGEMENT SYSTEM - EVENT LOG   controller {ip1}   fw {version}
Resident tag: {dev_wg} ({tag_freq})  assigned to {pt_lf}  Rm {room}
Timestamp             Event              Zone                        Ack by
{dt1}   DOOR ALARM         {zone}   {cna_name}
{dt2}   TAG LOW BATTERY    -                          maint. {maint_name}
{dt3}   ALARM BYPASS 30s   Front lobby                 by staff badge {emp_id}
Tag replaced: new serial {dev_other}, tested at {zone} {time4}.
Elopement risk photo on file: {photo2}. Wander risk score {morse}.""",
        """ELOPEMENT / MISSING RESIDENT REPORT (actual event - not a drill)
Resident: {pt_name}  ({pt_nick})  Age {age}  Dx {eponym}
Last seen: {time1} in {unit_name} dayroom by {cna_name}
Tag {dev_wg} alarm at {zone} {dt1}; door opened by visitor.
Found: {time2} at {street} (gas station), approx. 0.4 mi, by {maint_name} (maintenance) driving
facility car plate {plate}.
Condition: no injury; {bp}, {hr}, T {temp}. Photo distributed to staff: {photo2}.
Notified: Dr. {md_last}; {rel} {fam_name} {fam_phone}; {city} police (not needed); state agency {d_md}.
Administrator: {admr_name}. Investigation # {incident_no}.""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "v_nurse_call_pendant_events": (
        """nurse_call_export  site={fac_org}  server={ip1}  range={d_iso} 00:00 - {d_iso2} 23:59
time,room,bed,device_sn,event,resident,responder,response_sec
{dt1},{room},{bed},{dev_pend},PENDANT,{pt_lf},{cna_name},{days}
{dt2},{room},{bed},{dev_pend},BATH PULL,{pt_lf},{cna2_name},{nf_pts}
{dt3},{room},{bed},{dev_bed},BED EXIT,{pt_lf},{lpn_name},{qty}
{dt4},{room2},A,,CALL,{res2_lf},{cna_name},{hours}
avg response {hours} min; {policy} target < 5 min""",
        """Resident alarm review - {pt_name}, {age_w} years old (Rm {room})
Pendant {dev_pend} replaced after water damage on {d1}; old unit returned to {dme_vendor}.
Bed-exit pad serial {dev_bed} (brand: {alarm_brand}) set to zone 2 at night.
Alarms last 7 days: {count_start}; most between {time1} and {time2}. {pt_first} often presses
pendant to ask for {rel} {fam_first} - {fam_first} calls nightly from {fam_phone}.
Remote monitoring portal login from {ip2} by {rel} ({fam_email}) noted by IT.
Plan: scheduled rounding q1h. Reviewed by {rn_name} RN and {don_name}.""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "v_guardianship_annual_ward_report": (
        """IN THE PROBATE COURT OF {county_bare_uc} COUNTY, STATE OF {state}
In re the Guardianship of {pt_name_uc}, an Incapacitated Person      Case No. {court_case}
ANNUAL REPORT OF GUARDIAN OF THE PERSON
1. Guardian: {guardian_name}, {guardian_phone}, {guardian_email}
2. Ward's residence during period: {fac}, {fac_street}, {fac_city} (since {adm}).
   Prior residence: {street}, {city}, {zip}.
3. Ward's date of birth: {dob}; age {age_w}.
4. Physician: {md_name}, M.D.; last seen {d1}. Diagnoses: {eponym}; BIMS {bims}.
5. Guardian visits: {d2}, {d3}, {d4}.
6. Recent photograph of ward attached as Exhibit A ({photo}).
7. Ward's Medicaid number {medicaid}; SSN {ssn} (filed under seal).
I declare under penalty of perjury that the foregoing is true.  {guardian_name}   Dated {today_long}
Approved: Judge {judge_name}""",
        """Letter to Court - Conservatorship {court_case}
Hon. {judge_name}
Re: {pt_lf}, conservatee, DOB {dob}
Dear Judge {judge_last}:
I am the court-appointed conservator for {pt_title} {pt_last} ({age} years old). On {d1} {pt_pron} was moved from
{hosp} to {fac}. The family home at {street}, {city} is vacant; {rel} {fam_name} ({fam_phone}) has
keys. I request leave to list the home for sale and deposit proceeds to the conservatorship account
{bank_acct}. The monthly facility rate is {money2}.
Respectfully, {guardian_name}, NCG   {guardian_email}   fax {agency_fax}""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "v_rep_payee_annual_accounting": (
        """REPRESENTATIVE PAYEE REPORT     Form SSA-623-OCR-SM
Beneficiary name: {pt_name_uc}    Age: {age}    SSN: {ssn}
Payee: {payee_name}  (payee ID {ssa_payee_id})  Phone {payee_phone}
Period: {d1} through {d2}
Where did the beneficiary live?  [x] Nursing home: {fac}, {fac_city}
Benefits received: {money2}. Spent on food/housing: {money2}. Personal needs allowance {pna}/mo.
Saved: checking account {bank_acct} at First Community Bank; balance {money1}.
Did the beneficiary have a change in custody?  No.
Signature: {payee_name}   Date: {today}   Email {payee_email}""",
        """Rep payee case note - {today}
Client {pt_lf} (SSN {ssn}) - lives at {fac_org} in {fac_city}, Rm {room}.
Called business office ({fac_phone}), spoke w/ {admr_first}; Medicaid liability {money1} paid.
Clothing purchase {money3} (receipt). Trust acct {trust_acct} balance {money2}; over resource limit
({money2}) - plan burial fund with {funeral_org}. Payee acct {bank_acct}.
{rel} {fam_name} asked for statement; release signed {d1}. Next review {next}.  - {payee_name}""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "v_hcbs_waiver_level_of_care": (
        """MEDICAID HCBS WAIVER - NURSING FACILITY LEVEL OF CARE DETERMINATION   Form {loc_form}
Applicant: {pt_lf}    Medicaid ID: {medicaid}    SSN: {ssn}
DOB: {dob}    Age: {age}    County: {county}
Address: {street}, {unit}, {city}, {state} {zip}     Phone: {pt_phone}
Assessor: {assessor_name}, RN   License {rn_lic}   Agency fax {agency_fax}
Assessment date: {d1}   Location: home
ADL deficits: bathing, dressing, transferring, toileting (score {adl}). Cognition: BIMS {bims}.
Medications: {medd1}; {medd2}. Dx: {icd1}, {icd2}.
NF LOC points: {nf_pts} (threshold 50)   Result: MEETS
Waiver case #: {waiver_case}   Prior auth {pa_no} for {cpt2} x 40 units/wk
Case manager: {cm_name} ({cm_email})   Upload: {agency_url} from {ip1}
Informal caregiver: {rel} {fam_name}, lives at {street}.""",
        """LOC REDETERMINATION - phone contact log (Form {loc_form})
{dt1}  Called participant {pt_plain} at {pt_phone}; {rel} {fam_first} answered.
       Scheduled in-home visit {d_mday} {time2}. Confirmed address {street}, {city}.
{dt2}  Visit completed by {assessor_name}. Participant now uses {mobility}. Score {nf_pts}.
{dt3}  Faxed LOC to waiver unit ({agency_fax}); ref {waiver_case}. MA# {medicaid}.
       Supervisor {cm_name} approved. Next redetermination {next}.""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "v_cms2567_deficiency_excerpt": (
        """DEPARTMENT OF HEALTH AND HUMAN SERVICES      CMS-2567
STATEMENT OF DEFICIENCIES AND PLAN OF CORRECTION
NAME OF PROVIDER: {fac_uc}
STREET ADDRESS, CITY, STATE, ZIP: {fac_street_uc}, {fac_city_uc}, {state} {fac_zip}
DATE SURVEY COMPLETED: {d1}
{ftag}  SS={scope}  Free of Accident Hazards/Supervision/Devices
Based on observation, interview and record review, the facility failed to ensure adequate supervision
for 1 of {count_deficiencies} sampled residents (R{qty}). R{qty} was admitted {adm} with {eponym}.
On {d2} at {time1}, R{qty} was observed in the courtyard unsupervised. The wander bracelet
(serial {dev_wg}) was not functioning. Interview on {d3} with CNA {cna_name} revealed ...
Interview with the DON, {don_name}, at {time2} confirmed ...
Surveyor: {surveyor_name}, RN   Ombudsman {ombud_name} notified.""",
        """CONFIDENTIAL - RESIDENT IDENTIFIER LIST (not for public release)  Survey exit {d1}
Provider: {fac}
Code   Resident name               MRN        Room   Admit
R{qty}     {pt_lf}   {mrn}   {room}   {adm}
R{days}    {res2_lf}   {mrn2}   {room2}   {d2}
Staff interviewed: {cna_name} (CNA cert {cna_cert}), {lpn_name} (LPN {lpn_lic}), {don_name}
Surveyor team lead: {surveyor_name}, phone {fac_phone}; email {rn_email}.
Tags cited: {ftag}, {ftag2}. Plan of correction due in 10 days.""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "v_ltc_ombudsman_complaint_intake": (
        """LONG-TERM CARE OMBUDSMAN PROGRAM - COMPLAINT INTAKE   Case {omb_no}
Received: {dt1} via web form {agency_url} (submitter IP {ip2})
Complainant: {fam_name} ({rel})   Phone {fam_phone}   Email {fam_email}
Resident: {pt_name}, age {age}, {fac}, Rm {room}
Resident consent to disclose: verbal, obtained {d1} by {ombud_name}
Complaint codes: B-4, C-2; category: dignity/respect; call lights.
Narrative: {rel} reports {pt_first} waited "over an hour" for help on {d_md}; also {pt_poss}
dentures missing since {d_md2}. Wants facility to replace; {rel} lives in {city}.
Ombudsman {ombud_name}, {ombud_phone}; follow-up visit {d_mday}.""",
        """Ombudsman visit note  {today}  {fac_org} ({fac_city})
Met privately with resident {pt_first} ({pt_nick}) in {pt_poss} room, {room}.
Resident said the night aide "{cna_first}" is rough. Resident did NOT consent to share name with
facility. Spoke generally with administrator {admr_name}. Case {omb_no} open.
Contacted {rel} {fam_name} at {fam_phone2}. Sent resource letter to {street}, {city} {zip}.
{ombud_name} | Regional LTC Ombudsman | {ombud_email}""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "v_facility_van_trip_log": (
        """RESIDENT TRANSPORT LOG  -  {fac}
Vehicle: {van_no}   2019 Ford Transit w/c van   Plate {plate}   VIN {vin}
Driver: {driver_name}   DL# {dl}   Odometer start {nf_pts}412
Date      Out    Resident              Destination                         In     Escort
{d_md}     {time1}  {pt_lf}    dialysis, {hosp}             {time2}  none
{d_md2}     {time3}  {res2_lf}    Dr. {md_last}, {street}             {time4}  {cna_first}
Pre-trip inspection done: lift, tie-downs, fire extinguisher. Miles {miles}.
Resident {pt_first}'s {rel} to meet at appointment ({fam_phone}).""",
        """date|resident|mrn|pickup|dropoff|vehicle|driver|dl|mode|charge
{d_iso}|{pt_lf}|{mrn}|{fac_city} campus|{hosp}|{plate}|{driver_name}|{dl}|WC|{money3}
{d_iso2}|{pt_lf}|{mrn}|{hosp}|{fac_city} campus|{plate2}|{driver_name}|{dl}|WC|{money3}
# vendor {transport_vendor}; billed {cpt3}/A0130; NEMT auth {pa_no}""",
        """Incident during transport - {dt1}
Van {van_no} (plate {plate}) driven by {driver_name}. Resident {pt_name} in w/c, tie-downs x4.
Hard braking on {street} in {city}; resident slid forward, lap belt held. No injury. BP {bp}.
Driver's license {dl} verified by {admr_name}. Vehicle VIN {vin} taken out of service for brake check.
Reported to {rel} {fam_name}, {fam_phone}. Incident {incident_no}.""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "v_family_council_meeting_minutes": (
        """FAMILY COUNCIL MINUTES - {fac}
Meeting held {today_long}, {time1}, chapel (and by video).
Present: {fam_name} (president; {rel} of resident {pt_first} {pt_last}, who turns {age_w} this month), {fam2_name} (secretary),
{res2_name}'s {rel2}, and 9 others. Staff guest by invitation: {admr_name}, administrator.
1. Minutes of {d1} approved.
2. Staffing: family asked about CNA ratio ({hr_staff} HPRD reported). Admin to respond in writing.
3. Food: cold trays on {unit_name}; {fam_first} to meet dietary manager.
4. Survey results posted (tags {ftag}, {ftag2}) - copy at {fac_url}.
5. Next meeting {next}. Agenda items to {fam_email} or call {fam_phone}.
Minutes posted at {portal_url}""",
        """Family Council - email to members
From: {fam_email}
X-Originating-IP: [{ip2}]
To: council list
Subject: notes from {d_md}
Hi all - quick notes. {admr_name} came for 20 min. Laundry is still losing things (my {rel2}'s
quilt!). {fam2_name} will draft the letter to the corporate office. Please DON'T post resident names
on Facebook. Zoom link for next month: {fac_url} (meeting ID on flyer).
Thanks, {fam_first} ({fam_phone})""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "v_bed_hold_notice_hospital_transfer": (
        """NOTICE OF BED-HOLD POLICY AND RETURN  ({policy})
Resident: {pt_name} ({age} y/o)     Account #: {acct}     Medicaid #: {medicaid}
Transferred to: {hosp}   on {dt1}
Representative notified: {fam_name} ({rel}) at {fam_phone} on {d_md} at {time2}
Under the state plan, Medicaid pays to hold the bed up to {qty} days per year. Private pay bed-hold
rate {money1}/day. Representative elected: [x] hold bed  [ ] do not hold
Business office: {admr_name}  tel {fac_phone}  fax {fac_fax}
Copy mailed to representative at {street}, {city}, {state} {zip}""",
        """AVISO DE RESERVA DE CAMA / BED-HOLD NOTICE
Residente: {pt_name}      Fecha de nacimiento: {dob}
Hospital: {hosp}      Fecha de traslado: {d1}
Representante: {fam_name} ({rel}), tel. {fam_phone}, correo {fam_email}
Tarifa por dia de reserva: {money1}. Medicaid (numero {medicaid}) cubre hasta {qty} dias.
Cuenta: {acct}. Reclamo anterior {claim} pagado.
Firma: {fam_name}      Fecha: {today}
Mas informacion: {fac_url}""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "v_mfp_transition_to_community_plan": (
        """DISCHARGE TO COMMUNITY / MONEY FOLLOWS THE PERSON TRANSITION PLAN
Participant: {pt_name}   DOB {dob}   Medicaid {medicaid}   MRN {mrn}
Current: {fac}, Rm {room}, admitted {adm}
Target discharge: {d_mday}
New residence: {new_street}, {new_unit}, {new_city}, {state} {new_zip} (accessible 1-BR, lease signed {d2})
Landlord contact: {fam2_name} {fam2_phone}
Transition coordinator: {cm_name}, {cm_phone}, {cm_email}
Services: PCA 28 h/wk ({cpt2}); home-delivered meals; PERS pendant serial {dev_pend}.
DME: hospital bed ({bed_brand}) serial {dev_bed}; w/c serial {dev_other}. Delivery {d3}.
Medications: {medd1}, {medd2}, {medd3}; blister packs from {pharm_org}.
PCP after discharge: Dr. {md_name} (NPI {npi}), fax {md_fax}.
Backup caregiver: {rel} {fam_name} {fam_phone}.""",
        """Transition huddle note {today} - {pt_lf}
Apartment at {new_street} {new_unit} in {new_city} passed accessibility walk-through (ramp, grab bars).
Housing voucher # {waiver_case}. Utilities in {pt_poss} name start {d1}.
Community mental health intake w/ {ther_name} on {d2}. Transport home via {transport_vendor}, {time1}.
Risk: falls (Morse {morse}); meds {medd1}. 24/7 backup: {rel} {fam_first} {fam_phone}.
{sw_name}, LSW (lic {sw_lic})""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "v_pasrr_level_one_screen": (
        """PREADMISSION SCREENING AND RESIDENT REVIEW (PASRR) - LEVEL I     Form {pasrr_form}
Screen tracking #: {pasrr_no}
Individual: {pt_lf}    SSN {ssn}    DOB {dob}    Sex {pt_sex}
Current location: {hosp}   Proposed NF: {fac}
Serious mental illness indicators: {icd3} ({medd2}) - YES
Intellectual disability / related condition: NO
Exempted hospital discharge (< 30 days): certified by Dr. {md_name}, NPI {npi}
Screener: {sw_name}, LSW, lic. {sw_lic}   Phone {sw_phone}   Fax {agency_fax}
Date completed: {d1}   Outcome: Level II referral {pa_no}
Legal representative: {guardian_name} ({guardian_phone})""",
        """PASRR L2 evaluation summary - {pt_name} - {today}
Evaluator {assessor_name} interviewed the individual at {fac} ({room}). Referral {pasrr_no}.
History: group home in {city} until {d1}; {eponym}; prior psychiatric admission {year}.
Guardian: {guardian_name}. Specialized services recommended: behavioral support 2x/wk.
Determination mailed to {street}, {city} {zip} and faxed to NF ({fac_fax}).""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "v_ltc_admission_face_sheet": (
        """RESIDENT FACE SHEET                          {fac_uc}
NAME: {pt_lf_uc}                ALIAS/PREFERRED: {pt_nick_uc}
RES #: {mrn}     ADMIT: {adm_us}     ROOM: {room}     PHOTO: {photo}
DOB: {dob_us}    AGE: {age}    SEX: {pt_sex}    SSN: {ssn}
PRIOR ADDRESS: {street_uc}, {city_uc}, {state} {zip}
PRIMARY PAYER: MEDICARE A  {mbi}
SECONDARY: MEDICAID {medicaid}     SUPPLEMENT: MEMBER {plan_id} GROUP {group_no}
ACCOUNT NO: {acct}
ATTENDING: {md_lf_uc} MD   NPI {npi}   FAX {md_fax}
RESPONSIBLE PARTY: {fam_lf_uc} ({rel})   {fam_phone}   {fam_email}
EMERGENCY #2: {fam2_name}   {fam2_phone}
DX: {icd1} {icd2} {icd3}   CODE: DNR   RELIGION: Catholic   FUNERAL HOME: on file""",
        """Face Sheet (OCR of faxed admission packet, p.1)
Resldent Narne: {pt_lf_ocr}       D.O.B. {dob_ocr}
MR#: {mrn_ocr}     Adrnit date {adm_ocr}
Adress: {street_ocr}
        {city_ocr}, {state} {zip_ocr}
Ph0ne: {fam_phone_ocr}  ({rel})
Medicaid: {medicaid_ocr}
SS#: {ssn_ocr}
Referring hosp: {hosp}   Case mgr {cm_name}  fax {agency_fax}""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "v_dietary_meal_tray_card": (
        """TRAY CARD    {unit_name}  Rm {room}, bed {bed}    Meal: LUNCH
{pt_name_uc}  ({pt_nick})     DOB {dob_us}
Photo ID: {photo}
DIET: {diet}     ALLERGY: shellfish     ADAPTIVE: built-up spoon, {adaptive}
Likes: coffee black, {rel} {fam_first} brings pie Sundays. Dislikes: fish.
Fluids: {fluid}     Supplement: {supplement} at {time2}
RD: {dietitian_name}   printed {dt1}""",
        """Dietary Profile / Nutrition Assessment
Resident: {pt_lf}  Age {age_w}  Rm {room}  Adm {adm}
Ht 5'2"  Wt {wt} ({wt_kg}); usual body wt 140 lb; loss {wt_loss}/90 days.
Labs {d_md}: albumin {alb} g/dL (3.5-5.0), Na {na}, glucose {glucose}. A1c {a1c}.
Diet: {diet}. Tray card photo {photo} updated. Food preferences from {rel} {fam_name}.
Recommend: fortified foods, {supplement}. RD {dietitian_name}, {today}.""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "v_snf_medicare_noncoverage_notice": (
        """Notice of Medicare Non-Coverage    Form CMS-10123-NOMNC
Patient name: {pt_name}          Patient number: {mrn}          Age: {age}
THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT SKILLED NURSING SERVICES WILL END: {d_mday}
Your Medicare provider and/or health plan have determined that Medicare probably will not pay for
your current skilled nursing services after the effective date indicated above.
Plan member ID: {plan_id}    Medicare: {mbi}
How to ask for an immediate appeal: call your QIO (number on page 2) by noon of the day before
the effective date. Information: {agency_url}
Signature of patient or representative: {fam_name} ({rel})   Date: {today}
Delivered by {sw_name}, {time1}; representative reached by phone {fam_phone}.""",
        """SNF ABN follow-up / claim note
Resident {pt_lf}, MBI {mbi}, acct {acct}
Last covered day {d1}; demand bill requested by {rel} {fam_name} ({fam_email}).
Claim {claim} submitted {d2}, type of bill 0211, rev {rev} x {days} days, HIPPS {hipps}.
Occurrence span 70 {d3}-{d4}. Status via portal {portal_url}.
Business office {admr_name}  {fac_phone}  fax {fac_fax}""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "v_med_cart_biometric_access_audit": (
        """AUTOMATED DISPENSING CABINET - ACCESS AUDIT  ({cabinet})  host {ip1}
Station: {unit_name} med room     Report {dt1}
User                  Emp ID    Bio template        Action      Resident           Item
{lpn_lf}   {emp_id}   {bio_fp}   REMOVE      {pt_lf}   {medd1}
{rn_lf}   {emp_id2}   {bio_fp2}   WITNESS     {pt_lf}   {medd1}
{rn_lf}   {emp_id2}   {bio_fp2}   OVERRIDE    {res2_lf}   {medd2}
Fingerprint enrolment for agency nurse {np_name}: template {bio_face} (face fallback) approved by {don_name}.
Discrepancies: 0. Exported to pharmacy {pharm_fax}.""",
        """Biometric enrollment record - med room cabinet
Employee: {rn_name}, RN  (emp {emp_id}, license {rn_lic})
Enrolled {dt2} by {pharm_name} (consultant pharmacist)
Finger 1 (R index): {bio_fp}   Finger 2 (L index): {bio_fp2}
Voice PIN reset template: {bio_voice}
Workstation {ip2}. Prior template revoked {d1}.
Policy {policy}. Staff signature: {rn_plain}""",
        """Controlled drug override investigation  {today}
Cabinet host {ip1} logged {count_start} overrides on {unit_name}. Override for {pt_lf} ({mrn}):
{medd1} removed {dt3} by user {emp_id} fingerprint {bio_fp}; witness fingerprint {bio_fp2} ({lpn_name}).
Pharmacist {pharm_name} reviewed with {don_name}. Finding: order existed (Rx {rx1}), profile not yet
verified. Action: re-education. Closed.""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "v_consultant_pharmacist_mrr": (
        """CONSULTANT PHARMACIST MEDICATION REGIMEN REVIEW  ({policy})
Facility: {fac}      Review date: {d1}
Resident: {pt_lf}  Rm {room}  Age {age}  Attending: Dr. {md_name} (NPI {npi})
Irregularity: {medd1} continued > 14 days PRN without stop date ({ftag}).
Recommendation: attempt gradual dose reduction of {med2} from {dose2}; monitor behaviors.
Labs: Cr {cr} mg/dL (0.6-1.2), K {k} mEq/L (3.5-5.1), INR {inr} (target 2-3).
Physician response: [x] accept  [ ] decline - rationale
Physician signature: {md_name}   Date {d2}
Pharmacist: {pharm_name}, PharmD   {pharm_email}   fax {pharm_fax}""",
        """GDR tracking - psychotropics - {unit_name} - {quarter} {year2}
Resident            Drug / dose                       Start       Last GDR    Next due     Prescriber
{pt_lf}   {medd1}   {adm}   {d1}   {next}   {md_last}
{res2_lf}   {medd2}   (see chart) (none)      {d2}   {np_last}
Pharmacist {pharm_name} spoke with {rel} {fam_name} ({fam_phone}) re consent for {med1}.""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "v_resident_trust_fund_ledger": (
        """RESIDENT TRUST FUND - QUARTERLY STATEMENT  {quarter} {year2}
{fac}   {fac_street}, {fac_city} {fac_zip}
Resident: {pt_lf}     Trust account: {trust_acct}     Room {room}     Age {age}
Date        Description                           Amount       Balance
{d1}   Opening balance                                        {money2}
{d2}   SSA deposit (rep payee {payee_name})       {money1}
{d3}   PNA withdrawal - beauty shop               -{money3}
{d4}   Podiatry copay                            -$15.00
Interest {pct} APY.  Questions: {admr_name}, {fac_phone}, {fac_email}
Medicaid resource limit $2,000.00; balance within ${qty}00 of limit - notify {rel} {fam_name}.""",
        """Petty cash/trust withdrawal slip
Resident: {pt_name}   Acct {trust_acct}   Amount {money3}   Purpose: haircut, snacks
Received by: {pt_first} (resident) witnessed by {actv_name}   {dt1}
Patient billing account {acct}; claim {claim} pending.""",
    ),
    # 29 -----------------------------------------------------------------------------------------
    "v_aps_referral_group_home": (
        """ADULT PROTECTIVE SERVICES - REPORT OF SUSPECTED ABUSE/NEGLECT/EXPLOITATION
Intake #: {aps_no}    Received {dt1} by hotline worker {cm_name}
Alleged victim: {pt_name}   DOB {dob}   Age {age_lo}   Dx {icd1} ({eponym})
Residence: {group_home}, {street}, {city}, {state} {zip}   Phone (house) {pt_phone}
Alleged perpetrator: staff {dsp_name} (employee {emp_id})
Reporter: {dsp2_name}, DSP (mandated), callback {dsp_phone}
Allegation: on {d1} around {time1} staff pushed resident; bruise L shoulder. Photos of injury (no face).
Guardian {guardian_name} notified {d2}, {guardian_phone}.
Law enforcement: {city} PD report {incident_no}. Priority: 24-hour response.""",
        """APS investigator contact note  {aps_no}   {today}
Face-to-face with {pt_first} at {group_home} ({room}). Observed yellowing bruise.
Interviewed house manager {dsp2_name}; staff {dsp_name} placed on leave {d1}.
Reviewed incident report and BSP. Medicaid {medicaid}. Guardian {guardian_name} by phone.
Provider agency licensing contact {cm_name} ({cm_email}). Disposition due {next}.""",
    ),
    # 30 -----------------------------------------------------------------------------------------
    "v_isp_idd_annual_plan": (
        """INDIVIDUAL SUPPORT PLAN (ISP) - ANNUAL   Plan year {d1} to {d2}
Person: {pt_name}   ("{pt_nick}")   DOB {dob}   Medicaid {medicaid}
Home: {group_home}   Day: {day_center}
Circle of support: {rel} {fam_name} ({fam_phone}); guardian {guardian_name}; DSP {dsp_name}
QIDP/case manager: {cm_name} {cm_email}
What is important TO {pt_first}: bowling Thursdays, calling {fam_first} on Sundays, {pt_poss} iPad.
Health: {eponym}; seizures - VNS serial {dev_other}; meds {medd1}, {medd2}.
ISP photo release signed; photo {photo}.
Meeting {today}, signatures: {pt_first} (mark), {guardian_name}, {cm_name}, {dsp2_name}.""",
        """ISP meeting sign-in sheet   {today}   {group_home}
Name                      Role                 Phone / email
{pt_plain}   person                 -
{guardian_name}   guardian             {guardian_phone}
{fam_name}   {rel}   {fam_email}
{cm_name}   service coordinator  {cm_phone}
{dsp_name}   DSP                  {dsp_email}
{ther_name}   behavior specialist  (by phone)
Next ISP due {next}. Waiver case {waiver_case}.""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """MDS 3.0 item-set change log (MDS 3.0): Section GG0130 coding 01-06, 07, 09, 10, 88. BIMS {bims}/15 cut-off
13-15 intact. PHQ-9 {phq}. Reminder: ARD windows per RAI manual {version}. HIPPS {hipps}; rev {rev}.""",
    """Falls committee - {quarter} {year2}
Falls this quarter: {count_start} ({pct} with injury). Most between {time1} and {time2}.
Top factor: toileting; {eponym} residents over-represented. Morse >= {morse} flagged.
Action: purposeful rounding ({policy}); {alarm_brand} on all low beds. Presenter: {role}.""",
    """Wound care formulary update: {dressing} (HCPCS A6212) replaces foam for stage {stage} wounds
>= {wound_l} cm. {lot} {exp} is house stock, not patient-specific. Albumin < {alb} g/dL -> RD referral.
ICD {icd1}, {icd2}. Reviewed by {role} and {role2}.""",
    """Controlled-substance policy ({policy}): counts at {time1} and {time2}; two licensed nurses;
waste of {medd1} witnessed. NDC {ndc}. Cabinet {cabinet}, firmware {version}. Count discrepancies
reported to {role} within 1 hour. Form {cs_form}.""",
    """Nurse-call response audit, {unit_name}: average {hours} min (goal < 5). {count_start} bed-exit
alarms; {qty} pendant calls. Rooms {room} and {room2} most frequent. System {alarm_brand}.""",
    """Wander-management test: all doors tested at {time1}; {zone} failed and was repaired by {dme_vendor}.
Transmitter frequency {tag_freq}. Battery replacement schedule 12 months. Policy {policy}.""",
    """Survey readiness: tags {ftag}, {ftag2} cited statewide most often. Scope/severity {scope}.
Staffing {hr_staff} HPRD; turnover {pct}. Bring the CMS-672 and CMS-802 to entrance conference. Lead: {role}.""",
    """Dietary: tray accuracy audit {pct}; diets {diet}. Supplements {supplement} given at {time3}.
Weight loss >= {wt_loss} in 30 days triggers RD review. Form {nutr_form}.""",
    """Activity calendar draft: {time1} chair yoga; {time2} bingo (prizes {money3}); {time4} music.
Adult day billing code S5100 per 15 min; T2022 case mgmt. Room {room} for crafts.""",
    """Consultant pharmacist summary: {count_start} recommendations, {pct} accepted. Common:
{medd1} GDR, {medd2} duplicate therapy. Labs: K {k} mEq/L (3.5-5.1), Cr {cr}, INR {inr}.
Antipsychotic use {pct} vs state avg. {ftag} referenced. Reviewed by {role}.""",
    """Transport: {van_no} out of service {days} days; mileage {miles}. Vendor {transport_vendor}; code A0130
wheelchair van; rate {money3} per trip. Driver training per {policy}.""",
    """Bed-hold rates effective next fiscal year: private {money1}/day; semi-private {money1}/day.
Medicaid pays up to {qty} days/yr. Policy {policy}. Revenue code {rev}.""",
    """PACE quality dashboard: ER visits per 1,000 {nf_pts}; falls {count_start}; flu vaccine {pct}.
Day-center census {qty}. IDT meets at {time1}. Codes {cpt1}, {cpt2}.""",
    """Waiver LOC tool scoring: ADL points 0-4 each; cognition (BIMS < {bims}) +10; behaviors +5.
Threshold {nf_pts}. Form {loc_form}, revision {year2}. Contact the Area Agency on Aging.""",
    """Medication pass observation (QA): {qty} opportunities, 1 error ({medd3} given at {time3} vs
{time4}). Error rate {pct}; threshold 5%. {ftag}. Observer: {role}.""",
    """Group home house meeting: menu vote (tacos won), chores chart, fire drill at {time2}.
Residents age {age_lo} to {age_lo2}. Bowling {money3} each. Van {van_no}. BSP data due.""",
    """Infection control line list summary: {count_start} cases of norovirus-like illness on
{unit_name}; attack rate {pct}. Stool PCR LOINC {loinc}. Policy {policy}. {ftag2} reviewed.""",
    """Family council bylaws (draft {version}): meetings monthly at {time1}; staff attend only when
invited (42 CFR 483.10(f)(7)). Dues none. Officers elected yearly.""",
    """Admission agreement template {al_form}: daily rate {money1}; ancillary charges billed per UB-04,
rev {rev}; DRG {drg} hospital stays do not count toward SNF days. Arbitration clause optional.""",
    """Trust fund reconciliation: {count_start} accounts; total {money2}; interest {pct}.
Quarterly statements printed at {time1}. Surety bond {money2}. Policy {policy}.""",
    """Restraint / alarm reduction project: {count_start} alarms removed; falls unchanged ({pct}).
Posey and {alarm_brand} devices reviewed. Presented by {role} and {role2}.""",
    """Psychotropic use: {medd1} (age {age_lo}), {medd2} (age {age_lo2}); GDR attempted {qty} times.
Dx codes {icd1}, {icd3}. SNOMED {snomed}. Consent forms current {pct}.""",
    """Ombudsman program stats: {count_start} complaints; {pct} resolved. Top codes: call lights,
dignity, discharge. Volunteer training {hours} h. No individual information in this report.""",
    """MAR/eMAR downtime procedure: print 24-h MAR at {time1}; paper count sheet {cs_form}. Glucose
checks AC/HS, sliding scale for BG > {glucose}. Vitals BP {bp}, HR {hr}, SpO2 {spo2} per protocol.""",
    """Discharge-to-community checklist (blank): housing, PCA hours, DME (Hoyer, hospital bed,
{mobility}), PERS, med reconciliation ({medd4}), follow-up PCP in 7 days. Code {cpt3}.""",
    """Skilled nursing billing: HIPPS {hipps}, rev 0022, {days} days; NDC {ndc2} on 0250 lines;
CPT {cpt1}; ICD {icd2}. Amount {money2}. Medicare day {days} of 100.""",
)
