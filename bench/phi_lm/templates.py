"""Document styles of set M: college health, counselling, athletics, camps, study abroad, campus safety.

``{key}`` placeholders are filled from ``values.identifiers`` (gold spans) and ``values.lookalikes``
(filler that is not PHI). No other braces appear in the text.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "sm_shc_visit_note": (
        """STUDENT HEALTH SERVICES - {org}
Visit note                                   Visit date: {visit_us}
Patient: {lfm}    DOB: {dob_us}    Age: {age}    Student ID: {sid}
Chart #: {mrn}    Acct: {acct}
Local address: {street}, {unit}, {city}, {state} {zip}    Cell: {phone}
Residence: {hall} rm {room} (roommate {rm_first} present at visit)

CC: sore throat x3 days, febrile last night.
S: {age} y/o {term} transfer, {credits} credit hours, varsity {sport}. Took {med} {dose_mg} this AM.
O: T {temp}  HR {hr}  BP {bp}  RR {rr}  SpO2 {spo2}%  Wt {wt} lb
   {brand2}: negative. Monospot ordered (LOINC {loinc}). Posterior cervical LAD.
A: {icd} {dx}. r/o {icd2} {dx2}.
P: {med2} {med2_sig}. No contact practice until recheck on {d2_md}. Note for {course} instructor given.
CPT {cpt} / {cpt2}. Seen by {doc_fml}, MD (NPI {npi}) with {rn_full}, RN.
""",
        """{caps}  |  MRN {mrn}  |  DOB {dob}  |  {visit_dt}
Provider: {doc_last}, NP      Location: SHC Clinic B, exam {room2}
Insurance: SHIP (member {hp}, group {grp})

HPI: {first} presents after a fall while skateboarding near {street} in {hood}. Pain {pain}/10 R wrist.
Denies head strike. Last tetanus {mon_year}. Lives off campus at {street2}, {city}.
Exam: snuffbox tenderness, {eponym} negative. Vitals {bp}, HR {hr}, {temp}.
X-ray ordered ({cpt}); referred to {hosp} if scaphoid suspected. Thumb spica ({hcpcs}).
Mother {p1_full} called at {phone2}; she asked that results go to {email2}.
Follow-up {d2}. Encounter {enc}.
""",
        """SOAP - walk-in, {visit_long}
Name {full_m} / Stu# {sid} / H# {mrn}
Emergency contact: {p2_full} (father) {phone3}
S: burning with urination x2d, no fever. LMP {d3_md}.
O: {temp}, HR {hr}, BP {bp}. UA: LE 2+, nitrite +.
A: {dx} ({icd})   P: nitrofurantoin 100 mg BID x5d, Rx# {rx} sent to campus pharmacy (NCPDP 0{crn}).
Portal message sent to {email}. Recheck PRN. {rn_init} / {doc_full}, PA-C, lic {rn_lic}
""",
    ),
    "sm_immunization_hold_notice": (
        """From: Immunization Compliance (SHS) - do not reply
To: {email}
Date: {visit_dt}
Subject: REGISTRATION HOLD - immunization records incomplete ({term2})

Dear {first},

Our records (Student ID {sid}, DOB {dob}) show the following requirements are not met for {term2}:
  - MMR dose 2 (CVX 03)
  - MenACWY ({brand}) on or after 16th birthday
  - TB risk questionnaire
A hold was placed on {d2_us}. You cannot add or drop {course} or other classes until it is released.
Upload documents at the portal; your last sign-in was from {ip}.
If you received vaccines at {hosp}, ask them to fax records to us at {fax}.
Questions: {rn_full}, RN, Immunization Coordinator, {phone}.
{policy} | {form}
""",
        """HOLD REPORT - IMMUNIZATION (export {visit_iso})
STU_ID,LAST,FIRST,DOB,CLASS,MISSING,HOLD_DATE,EMAIL,HOME_ZIP
{sid},{last},{first},{dob_compact},{class_year},MMR2;MenACWY,{d2_us},{email},{zip}
note: parent {p1_full} phoned {visit_md} from {phone2}; records mailed from {city}, {state}. Titers drawn
({loinc}) - rubella IgG {igra} index (ref >0.99), varicella pending. Spec {spec}.
""",
    ),
    "sm_tb_screen_intl_student": (
        """TUBERCULOSIS RISK ASSESSMENT - NEW INTERNATIONAL STUDENT
Name: {caps}          Date of birth: {dob}
Country of birth: {country}      Passport no.: {passport}      SEVIS ID: {sevis}
Arrival in U.S.: {d3}      I-94 #: {i94}
Home address abroad: {street2}, {abroad}
U.S. address: {street}, {unit}, {city} {zip}
Household contact with active TB? grandmother, age {age90}, treated {mon_year}.
Test: {brand} ({cpt}) collected {visit}; TB1-Nil {igra} IU/mL, result NEGATIVE. Spec #{spec}
CXR not indicated. Reviewed by {doc_full}, MD, NPI {npi}.
Clinic phone {phone} | patient email {email}
""",
        """Intl student TB screen - addendum {visit_long}
{full} (Stu {sid}, chart {mrn}), {age} y/o from {country}. PPD placed {d3_md}, read {visit_md}: {ppd} mm.
Prior BCG. QFT sent to lab (CLIA {clia}) - accession {spec}.
Lives with great-grandfather ({age90_w}) when home in {abroad}. No cough, no night sweats, Wt {wt_kg} kg.
Plan: if positive, CXR at {hosp}. Notified by phone {phone}. DSO {cs_full} cc'd re SEVIS {sevis}.
""",
    ),
    "sm_meningitis_waiver": (
        """MENINGOCOCCAL DISEASE INFORMATION & WAIVER (residential students) {form}
I, {full_m}, born {dob}, have read the information about meningococcal disease and {brand}.
[X] I decline the MenACWY vaccine.  [ ] I decline MenB ({brand2}).
Residence assignment: {hall} {room}
Student ID: {sid}         Signature: {first} {last}     Date: {visit_us}
If under 18 - parent/guardian: {p1_full}   Phone: {phone2}   Date: {visit_us}
Home address: {street}, {city}, {state} {zip4}
Received by: {rn_init} at {time}  ({policy})
""",
        """WAIVER - meningitis vaccine / exención de la vacuna
Nombre / Name: {caps_full}    Fecha de nacimiento: {dob}
Correo: {email}   Tel: {phone}
Padre/Madre: {p1_full}, {p2_full}
Dirección: {street}, {city}, {zip}
Firma: ______ {first}   Fecha: {visit}
Office use: entered {visit_dt}, IP {ip}, reviewer {rn_full}. Cohort {class_year}, {credits} cr.
""",
    ),
    "sm_ship_hard_waiver_audit": (
        """SHIP HARD-WAIVER AUDIT - {term}  (carrier verification; sample {count} of 1,412)
student_id|name|dob|ssn|comparable_plan_member_id|group|verified_on|submitted_ip|status
{sid}|{lf}|{dob_iso}|{ssn}|{hp}|{grp}|{visit_iso}|{ip}|FAIL - plan terminated {d3}
Auditor: {cs_full} ({email_staff}). Student notified at {email}; charge of {money2} posted to acct {acct}.
Appeal deadline: {d2}. Confirmation link: {url}
""",
        """Hard-waiver verification call log
Caller: {cs_last}, {org}     Date: {visit_long}  {time2}
Spoke with {p2_full}, policy holder (subscriber DOB {d3}), re dependent {full} (DOB {dob}).
Member ID {hp2}; group {grp}; plan year {year}. Medicaid? Y - ID {medicaid}
Dependent SSN on file: {ssn}. Network includes {hosp} near campus? Yes (out-of-area emergency only).
Waiver submitted {d2_dt} from IP {ip}. Result: APPROVED. Callback {phone2}.
""",
    ),
    "sm_counseling_intake": (
        """COUNSELING & PSYCHOLOGICAL SERVICES - INITIAL CONSULTATION
Client: {full}  (prefers "{nick}")     DOB {dob}     CAPS #: {mrn}
Date: {visit}   Clinician: {cs_lfm}, LPC ({lic_couns})
Referred by: {role}; {coach_full} (coach) also emailed concern.
Presenting: low mood since {mon_year}; grandmother died in {abroad} at {age90}; missed 3 weeks of {course}.
PHQ-9 {phq}, GAD-7 {gad}, C-SSRS {cssrs}. No access to firearms. Lives {hall} {room}, roommate {rm_first}.
Plan: weekly x6, psychiatry referral ({med} considered). Safety plan reviewed.
Contact consent: may leave VM at {phone}. Emergency contact {p1_full}, {phone2}.
""",
        """CAPS intake (telehealth) {visit_dt}
Pt {lf} | ID {sid} | pronouns they/them | {age} y/o
Connected from IP {ip}; located at {street}, {city} {zip} for session (verified for crisis routing).
Hx: prior tx at {hosp} in {year}; med {med} {med_sig}. Family: great-aunt {age90_w}, raised pt in {city2}.
Scores: PHQ-9 {phq}; GAD-7 {gad}; AUDIT-C 3.
Clinician {cs_full}, PhD (lic {lic_couns}). Next appt {d2}.
""",
    ),
    "sm_crisis_followup_note": (
        """AFTER-HOURS CRISIS FOLLOW-UP
Student: {full_m}   SID {sid}   Chart {mrn}
Call from RA {rm_full} at {time} on {visit_long}: student tearful in {hall} lounge.
On-call counsellor {cs_full} spoke with student by phone ({phone}) for {dur} min. C-SSRS {cssrs}.
Campus police (Ofc. {off_last}, case {case}) did a welfare check at 02:10; student safe.
Follow-up appointment booked {d2_md} with {cs_last}. Parent {p1_first} not contacted per student request.
Dean of Students referral {case2}. Policy {policy}.
""",
        """Crisis f/u - {visit}
{init_last} seen next day as planned. Slept at friend's apt ({street}, {unit}).
Safety plan updated; means restriction discussed (roommate {rm_first} holding {med}).
Texted back from {phone} at {time2}. Hospitalization at {hosp} not needed.
Provider: {cs_lfm}  lic {lic_couns}.  Next: {d2}. Incident ref {case}.
""",
    ),
    "sm_accommodation_letter": (
        """OFFICE OF ACCESSIBILITY RESOURCES
{visit_long}

To the instructors of {full} (Student ID {sid}):

This letter confirms that {first} is registered with our office for {term2}. Approved accommodations:
  - 1.5x extended time on exams (proctored in Testing Center rm {room2})
  - Reduced-distraction setting; use of {brand} not applicable
  - Flexible attendance (up to {step} absences beyond policy) for a documented medical condition
Courses: {course} ({credits} cr), {course2}, CRN {crn}.
Documentation from {doc_full}, MD, {hosp}, dated {d3}, on file.
Questions: {cs_full}, Access Specialist, {phone} / fax {fax}.
""",
        """ACCOMMODATION LETTER - housing
Student: {caps}   DOB {dob}   ID {sid}
Request: single room / ESA (emotional support animal) for {term}.
Provider letter: {doc_fml}, LICSW ({lic_couns}), {street2}, {city2} {zip2}, tel {phone3}, fax {fax}.
Decision {d2}: APPROVED - {hall} {room}, pet registration tag 2025-{crn}.
Student email {email}; alt contact {p2_full} {phone2}.
""",
    ),
    "sm_at_injury_log": (
        """ATHLETIC TRAINING ROOM - INJURY/TREATMENT LOG      team {team_code}   season {season}
DATE        ATHLETE              #   BODY PART   MECH           TX                        ATC
{visit_us}  {lf}   {jersey}  L ankle     inversion      ice 20', {brand2}, taping     {at_last}
{d2_us}  {lf}   {jersey}  L ankle     f/u            97110 x2, 97140, BAPS board   {at_last}
DOB {dob} | SID {sid} | insurance {hp} | emerg contact {p1_full} {phone2}
Referred to team physician {doc_full} {d2_md}; MRI at {hosp} ({cpt}). ATC lic {at_lic}, BOC {boc}.
""",
        """Injury report (electronic) - {org} Sports Medicine
Athlete: {full}   Sport: {sport}   Jersey: {jersey}   Pos: {pos}
Injury date/time: {visit_dt}   Location: away game, {city2}
Mechanism: contact; ROM {rom} deg; pain {pain}/10
Reported by: {at_full}, LAT ({at_lic})  email {email_staff}
Athlete cell: {phone}; home: {street}, {city}, {state} {zip}
Claim to secondary insurance: {claim}
""",
    ),
    "sm_concussion_baseline": (
        """ImPACT BASELINE TEST REPORT        {brand} {version}
Name: {full}         DOB: {dob}      Passport ID: {impact_id}
Test date: {visit_dt}    Administrator: {at_full}, ATC
Sport: {sport}   Team: {team_code}   Jersey {jersey}   Yrs of education: 13
Composite scores:  Verbal Memory {vm}  Visual Memory {vism}  Visual Motor Speed {vms}
                   Reaction Time {rt}  Impulse Control {ic}   Total Symptom {tss}
Test taken from IP {ip} (lab 2). Validity: valid. Previous concussions: 1 ({mon_year}).
Report URL: {url2}
""",
        """Baseline concussion battery - preseason {season}
{caps} / {sid} / {dob}
SCAT6: symptoms {scat_sx}/22, severity {scat_sev}/132; SAC {sac}/30; mBESS {mbess} errors; tandem gait 12.1 s
ImPACT composites VM {vm} VisM {vism} VMS {vms} RT {rt}; ImPACT ID {impact_id}
Session IP {ip}; results: {url2}
Tester {at_last} (lic {at_lic}) on {visit_long}. Parent {p1_full} copied at {email2}.
""",
    ),
    "sm_rtp_protocol": (
        """GRADUATED RETURN-TO-PLAY - {full} (#{jersey}, {sport})
Injury {visit} ({icd}); cleared by {doc_full}, DO (NPI {npi}) to begin protocol {d2}.
Step 1 light aerobic    {d2_md}   HR max {hr}   asymptomatic   {at_last}
Step 2 sport-specific  next day   SCAT sx {scat_sx}
Step 3 non-contact      ...       ImPACT post-injury VM {vm} VMS {vms} RT {rt}
Step 5 full contact    {d4}
Full clearance signed {d4} by {doc_last}. Parent notified: {p1_full} {phone2}. Chart {mrn}.
""",
        """RTP / RTL (return to learn) - {org}
Student-athlete {lfm}, DOB {dob_us}, SID {sid}
Academic adjustments sent to instructors of {course} and {course2} on {d2}: no screens >{dur} min, exams postponed.
Helmet sensor {dev_helmet} flagged {tss} g impact at practice {visit_md}.
ATC {at_full} ({email_staff}); home address for mailed letter: {street}, {city} {zip}.
""",
    ),
    "sm_ppe_form": (
        """PREPARTICIPATION PHYSICAL EVALUATION - HISTORY FORM ({form})
Name: {full}   Sex: __   Age: {age}   Grade: 11   School: {org}   Sport(s): {sport}
Date of birth: {dob}    Date of exam: {visit}
Address: {street}, {city}, {state} {zip}    Phone: {phone}
Parent/guardian: {p1_full}  {phone2}   Email: {email2}
Family history: sudden death <50? No. Great-grandfather alive at {age90}. {eponym} in uncle.
Medicines: {med} {med_sig}. Allergies: bee sting (EpiPen lot {lot} in bag).
Insurance: {hp} (group {grp})   SS#: {ssn}   Physician: {doc_fml}, MD  License # {npi}
BP {bp}  P {hr}  Ht {ht}  Wt {wt}  Vision 20/20 20/25. Cleared [X] without restriction.
""",
        """PPE - physical exam page
{caps_full}   DOB {dob_us}   State HS Assoc. ID {hs_assoc_id}
Height {ht_cm} cm Weight {wt_kg} kg BMI {bmi} BP {bp} HR {hr}
Cardiac: no murmur supine/standing; Marfan stigmata absent. ECG not indicated.
Insulin pump (serial {dev_pump}) and CGM (transmitter {dev_cgm}) - T1DM, A1c 7.1%.
Medically eligible with recommendations. Examiner {doc_full}, PA-C, lic {rn_lic}, NPI {npi}
Office: {hosp}, {street2}, {city2} {zip2}. Exam date {visit_us}.
""",
    ),
    "sm_ncaa_eligibility_packet": (
        """NCAA ELIGIBILITY / COMPLIANCE CHECKLIST - {season}
Prospect/student-athlete: {lfm}       NCAA ID: {ncaa_id}
DOB {dob}   Sport {sport}   Recruiting profile: {url}
[x] Sickle cell trait status: {dx2} documented ({loinc}) on {d3}
[x] Medical history & PPE: completed {visit}, team physician {doc_full}
[x] Drug-testing consent (Form 19-III) signed {visit_md}
[x] Insurance: primary {hp}, group {grp}; secondary NCAA catastrophic (threshold {money2})
Compliance: {cs_full}  {email_staff}  ({school_code}, {conf_code})
SSN for federal aid crosscheck: {ssn}
""",
        """High school athletic eligibility - transfer student
Name {full}  Assoc. ID {hs_assoc_id}  DOB {dob_us}
Former school: {hosp} area - lived at {street}, {city} {zip}
Current residence: {street2}, {unit}, {city2} {zip2} (bona fide move {d3})
GPA {gpa}, {credits} credits. Physical on file (exp {d4}). Parent {p2_full}, {phone2}.
Athletic director: {dir_full}. Ruling {d2}: ELIGIBLE. Case {case}. Profile {url}
""",
    ),
    "sm_team_physician_note": (
        """TEAM PHYSICIAN - SIDELINE NOTE  ({sport}, {visit_long} vs. {org2})
Player: {full}  #{jersey}  DOB {dob}  MRN {mrn}
Q3 {time}: helmet-to-helmet; GCS {gcs}, no LOC. Maddocks 3/5. SCAT sx {scat_sx}, severity {scat_sev}.
Helmet sensor {dev_helmet} logged {tss} g. Removed from play; no same-day RTP.
Handed off to {at_full}, ATC. Parents ({p1_full}, {p2_full}) reached at {phone2}.
Dx {icd} {dx}. {doc_fml}, MD, NPI {npi}, DEA {dea}. Rx none.
""",
        """Team physician clinic - {visit_us}
{lf} ({sport}, {pos}), SID {sid}
Hamstring strain grade 1. CK {ck} U/L. {med} {med_sig}.
Lives {street}, {city}; drives himself - advised no driving while on {med2}.
Follow-up {d2} at {hosp}. Dr. {doc_last} / {at_last}, ATC. Acct {acct}
""",
    ),
    "sm_sportsmed_clinic_letter": (
        """{hosp}
Sports Medicine Clinic  {street2}, {city2}, {state2} {zip2}   Tel {phone3}   Fax {fax}

{visit_long}

Head Athletic Trainer {at_full}
{org}
via fax {fax2}

Re: {full}, DOB {dob}, MRN {mrn}

Dear {at_first},
I saw {first} today for left knee pain after a non-contact pivot on {d3_md}. Lachman 2+, pivot shift +,
MRI confirms ACL tear ({icd}). Plan reconstruction {d4}; DonJoy brace ({hcpcs}) meanwhile.
No practice; upper-body conditioning only. Questions: {email_staff} is not monitored - please call.

{doc_fml}, MD   NPI {npi}
cc: {coach_full}, Head Coach; patient ({email})
""",
        """FAX  -  {hosp} Sports Medicine            PAGES: 2
TO: {org} Athletic Training  FAX: {fax2}
FROM: {doc_full}, DO              FAX: {fax}   PH: {phone3}
RE: {caps}   DOB {dob_us}   Claim# {claim}
Clearance: may return to full participation {d2}. Stress reaction 2nd metatarsal healed ({eponym} excluded).
Ins {hp}. NPI {npi}. Auth ref {pa_ref}.
""",
    ),
    "sm_camp_infirmary_log": (
        """{org} - CAMP INFIRMARY LOG  (Session 2, {season})   state camp lic {camp_lic}
Date/Time          Camper (ID)               Age  Cabin     Complaint        Tx / disposition       Init
{visit_dt}  {lf} ({camper_id})  {age_c}  {cabin}  bee sting L arm  ice, cetirizine 5 mg    {rn_init}
Camper DOB {cdob}. Parent {p1_full} called {phone2} at {time2}. Pickup by grandfather ({age90}) in
vehicle plate {plate}, checked against authorized-pickup list and ID photo {photo}.
Nurse: {rn_full}, RN, lic {rn_lic}. Camp site: {camp_town}, {county}.
""",
        """Infirmary - sick call  {visit_long}
{first} {last}, {age_c}, {cabin}: T {temp_f} F, vomiting x2. Isolated in infirmary bed {bed}.
Possible norovirus - 4 other campers, health dept ({county_bare}) notified.
Mom ({p1_first}) {phone} - will pick up {d2_md}; car {plate}.
Check-in photo {photo} on file; camper ID {camper_id}. Ondansetron 4 mg ODT at {time}. {rn_full}, RN
""",
    ),
    "sm_camp_mar": (
        """MEDICATION ADMINISTRATION RECORD - {org}    Week of {visit_us}
Camper: {caps}   DOB: {cdob}   Camper #: {camper_id}   Cabin: {cabin}
Allergies: penicillin (hives)    Wt {wt_kg} kg
Medication               Dose/route          08:00  12:30  20:00
{med}          {med_sig}    {rn_init}     -      {rn_init}
insulin lispro           via pump            pump   pump   pump
Pump serial: {dev_pump}   CGM: {brand} transmitter {dev_cgm}   BG at 12:30: {bg} mg/dL
Pharmacy label Rx {rx}, prescriber {doc_full} (NPI {npi}). Parent: {p1_full} {phone2}.
Meds counted in {d2_md} by {rn_full} and {dir_full}; lot {lot} exp {exp}.
""",
        """MAR exception - missed dose
{full} ({camper_id}), {age_c} y/o, {cabin}. {visit_dt}: {med} not given at 08:00 - camper at waterfront.
Given {time}. Parent {p1_full} notified by email {email2}. Device: insulin pump {dev_pump}, reservoir changed.
Medication brought from home: Rx #{rx}, filled at pharmacy in {city}. Staff: {rn_last}, RN; witness {dir_last}.
""",
    ),
    "sm_camp_parent_health_form": (
        """CAMPER HEALTH HISTORY FORM (to be completed by parent/guardian)
Camper name: {full}        Date of birth: {cdob}        Age at camp: {age_c}
Home address: {street}   City: {city}   State: {state}   ZIP: {zip}
Parent/guardian 1: {p1_full}   Cell: {phone}   Email: {email2}
Parent/guardian 2: {p2_full}   Cell: {phone2}
Other person to contact / pick up: great-grandma ({age90_w}), drives a car with plate {plate}
Camper SSN (optional, for insurance): {ssn}
Insurance company: ______  Policy/member #: {hp}   Group #: {grp}   Subscriber: {p1_full}
Family physician: Dr. {doc_last}, {hosp}, phone {phone3}
Medical devices: insulin pump S/N {dev_pump}  /  none
Please attach a recent photo: {photo}
Signature: {p1_first} {p1_last}   Date: {d3}
""",
        """CAMPER HEALTH F0RM  (scanned, OCR)
Carnper narne: {caps_full}     D0B: {cdob}
Addr: {street} , {city_caps} {zip}
Parent: {p1_full}   ph: {phone}    em: {email2}
lnsurance rnernber: {hp}
Allerg!es: peanut - EpiPen x2 (lot {lot}); asthma - {med2} {med2_sig}
Dr. {doc_full}   NPl {npi}
Photo file: {photo}     Signed {d3}
""",
    ),
    "sm_study_abroad_clearance": (
        """STUDY ABROAD MEDICAL CLEARANCE - {term2}, program in {abroad}
Student: {full_m}    DOB: {dob}    Student ID: {sid}    Passport: {passport}
Home: {street}, {city}, {state} {zip}      Mobile: {phone}
Conditions: {dx} ({icd}) - stable on {med} {med_sig}; 6-month supply authorised.
Host-country insurance: {brand}-style plan, member {hp2}
Passport photo file: {photo}
Examining clinician: {doc_full}, MD, NPI {npi}, {hosp}, fax {fax}
Cleared to travel from {d2} to {d4}. Emergency contact {p1_full}, {phone2}, {email2}.
""",
        """Pre-departure clearance - return by fax to {fax2} (Office of Education Abroad)
Name {lfm}  DOB {dob_us}  Program: field school, {abroad}  Dates {d2} - {d4}
Counselling hx: yes; current therapist {cs_full}, lic {lic_couns}, agrees with travel.
Vaccines: Typhoid (lot {lot}), Hep A dose 2, yellow fever cert # {case2}.
Clinician signature: {doc_last} {visit_us}   Tel {phone3}   Fax {fax}
""",
    ),
    "sm_field_trip_clearance": (
        """FIELD TRIP MEDICAL RELEASE - {course} geology field trip, {d2} to {d4}
Student {full}   ID {sid}   DOB {dob}
Destination: {camp_town} near {city2}, {county}
Medical conditions: {dx}; carries {med}. Dietary: vegetarian.
Emergency contact: {p2_full}  {phone2}  (alt {phone3})
Health insurance: {hp}   group {grp}
Student will drive own vehicle: plate {plate}, VIN {vin} (proof of insurance on file)
Instructor: {coach_full}. Approved by {role} on {visit_us}.
""",
        """Field trip roster extract (medical column)
{lf} | {sid} | {dob_us} | asthma - inhaler | EC {p1_full} {phone2} | ins {hp}
Van 3 driver (student employee {emp}): {full}; DL {dl}; personal vehicle backup plate {plate}.
Trip: {camp_town}, {county}, {visit_long}. Leader {dir_full}.
""",
    ),
    "sm_reslife_incident_report": (
        """RESIDENCE LIFE INCIDENT REPORT   #{case}
Date/time: {visit_dt}   Building: {hall}   Room: {room}   Reported by: RA {rm_full}
Involved: {full} (SID {sid}, DOB {dob}), cell {phone}
Narrative: Resident found intoxicated in stairwell; BAC not measured. {role2} and campus EMS
responded; transported to {hosp}. Door access log shows hand-geometry template {bio} used at 01:47.
Guest {p2_first} (non-student) vehicle {plate} towed from lot C.
Follow-up: conduct referral {case2}; parent notification per {policy}.
Area Coordinator: {dir_full}, {email_staff}
""",
        """Incident - medical (res hall) {visit_long}
{init_last}, {hall} {room}; fell in shower, lac to chin 2 cm. First aid by RA {rm_first}.
Card access record {bio2} reviewed to confirm time of entry ({time}).
Sent to SHS; seen by {doc_full}. Student's home: {street}, {city} {zip}.
Mom {p1_full} {phone2} informed by student. Report {case}.
""",
    ),
    "sm_student_employee_injury": (
        """EMPLOYER'S FIRST REPORT OF INJURY - STUDENT EMPLOYEE
Employee: {lfm}      SSN: {ssn}      Employee ID: {emp}     Student ID: {sid}
DOB: {dob}   Address: {street}, {unit}, {city}, {state} {zip}   Phone: {phone}
Job: dining services, {hours} hrs/wk, ${units}0/hr   Supervisor: {dir_full}
Date of injury: {visit_dt}   Where: dish room, {hall}
Description: burn R forearm from steam line. First aid; sent to {hosp}.
Time-clock fingerprint template {bio} shows clock-out at {time}.
Claim #: {claim}   Carrier fax: {fax}   Treating: {doc_full}, NPI {npi}
""",
        """Student worker injury - rec center
Name {full}  SSN {ssn}  Emp# {emp}
Injured {visit_long} while setting up mats (back strain, {icd}). Clocked in with finger scan {bio}.
Campus cart involved: VIN {vin}. Witness: {rm_full}.
Seen at {hosp} on {d2}. WC claim {claim}. HR fax {fax}; phone {phone}.
""",
    ),
    "sm_campus_police_welfare_check": (
        """CAMPUS POLICE DEPARTMENT - CALL FOR SERVICE   Case {case}
Received {visit_dt}   Type: WELFARE CHECK   Officer: {off_full}
Caller: {p1_full}, mother, from {phone2} ({city2}); unable to reach son/daughter for 3 days.
Subject: {full}, DOB {dob}, SID {sid}; vehicle {plate} located in Lot 12.
Contact made at {street}, {unit}, {city} at {time2}. Subject well, phone broken. Caller updated.
Referred to CARE team ({case2}). BOLO photo {photo} cancelled. Live-scan TCN not applicable.
""",
        """WELFARE CHECK NARRATIVE - Ofc. {off_last}
On {visit_long} at approx {time} I responded to {hall} room {room} for a welfare check on
{caps_full} (DOB {dob_us}). Subject's car ({plate}, VIN {vin}) had not moved since {d3_md}.
Subject located at {hosp}; admitted. Next of kin {p2_full} notified at {phone2}.
Photo ID image {photo} compared. Fingerprint record {bio} not needed. Report {case}.
""",
    ),
    "sm_visa_sevis_health_reference": (
        """INTERNATIONAL STUDENT SERVICES - REDUCED COURSE LOAD (MEDICAL) REQUEST
Student: {caps}   SEVIS ID: {sevis}   Passport: {passport}   I-94: {i94}
DOB: {dob}   Country: {country}   Program end: {d4}
Request: RCL for {term2} ({credits} credits -> 0) due to medical condition.
Supporting letter: {doc_full}, MD (NPI {npi}), {hosp}, dated {d2}.
Family: returning to {abroad} to care for grandfather, {age90}.
DSO: {cs_full}, {email_staff}, {phone}. US address: {street}, {city} {zip}.
Entered in SEVIS {visit_dt}. ({school_code})
""",
        """Memo to file - visa/health
{full}, SEVIS {sevis}, F-1. Visa foil # {visa_foil}. USCIS biometrics capture ref {bio2}.
Medical withdrawal approved {visit}; travel on {d2}; return clearance needed from {cs_full}.
Grandmother ({age90}) hospitalized in {abroad}. Student email {email}.
""",
    ),
    "sm_portal_secure_message": (
        """Patient portal - secure message thread
[{visit_dt}] {first} {last} (MRN {mrn}) wrote:
  hi, can I get a note for missing {course} on {d2_md}? also my new number is {phone}.
  im staying at {street}, {city} this week. login ip {ip}
[{d2_dt}] {rn_full}, RN replied:
  Hi {nick}, excused-absence notes need a visit. Book here: {url}
[{d2_dt}] {first}: ok thx
Audit: session from {ip2}; device {brand}.
""",
        """MyHealth@Campus message
From: {full} <{email}>
To: Nurse Triage
Sent: {visit_long} {time2}
Sub: rash after poison ivy - camp counselor job
Pic attached: {photo}. I'm at {camp_town} until {d4}. Pharmacy there is in {city2}.
-- reply by {rn_last}, RN: prednisone not needed; try OTC hydrocortisone 1%. Your chart {mrn}.
Link: {url}  | client IP {ip}
""",
    ),
    "sm_rec_biometric_access_log": (
        """CAMPUS RECREATION - BIOMETRIC ENTRY EXCEPTION REPORT   {visit_iso}
member_id,name,template_id,photo_ref,event,time,reader_ip
{sid},{lf},{bio},{photo},NO-MATCH x3,{time},{ip}
{sid},{lf},{bio},{photo},MANUAL OVERRIDE by {at_last},{time},{ip}
Note: member reported hand laceration (first aid by staff, kit lot {lot}); re-enrolled template {bio2}.
Contact {email}. Incident {case}.
""",
        """Rec center incident + access review
Patron {full} (ID {sid}, DOB {dob}) collapsed on treadmill at {time}. AED pads applied, no shock.
EMS to {hosp}. Entry by palm-vein template {bio}; ID photo {photo} matched.
Staff: {at_full} (lic {at_lic}). Emergency contact {p1_full} {phone2}. Home {street}, {city}.
""",
    ),
    "sm_sideline_roster_export": (
        """SIDELINE EMERGENCY ROSTER - {sport} {season} (travel copy)
JERSEY;NAME;DOB;ALLERGIES;CONDITION;EMERG_CONTACT;EC_PHONE;HEADSHOT
{jersey};{caps};{dob_us};PCN;{cond};{p1_full};{phone2};{photo}
Insurance {hp} / grp {grp}. Profile {url}
Hotel for away game in {city2}: {street2}. Coach {coach_last} cell {phone3}.
""",
        """Emergency action plan - athlete card
{full} | #{jersey} | {pos} | DOB {dob} | MRN {mrn}
Photo: {photo}  |  Condition: {dx} ({icd})  |  Meds: {med}
Devices: CGM {dev_cgm}, pump {dev_pump}
EC: {p2_full} {phone2} / {p1_full} {phone}
Venue: {hosp} is nearest ED ({dur} min). ATC {at_full} {email_staff}.
""",
    ),
    "sm_medical_withdrawal_letter": (
        """{visit_long}

{full}
{street}, {unit}
{city}, {state} {zip4}

Re: Medical Withdrawal - {term}   Student ID {sid}

Dear {first},
Your request for a medical withdrawal from all courses ({credits} credits) has been approved effective
{d3}. Tuition adjustment of {money} will be credited to student account {acct}.
Return requires a clearance from your treating provider ({doc_full}, lic {lic_couns}), faxed to {fax}.
If you are caring for your grandmother (age {age90}) as noted, the family-leave exception also applies.
Sincerely, {dir_full}, Associate Dean of Students, {phone}
""",
        """RETURN-FROM-LEAVE CLEARANCE (fax back to {fax})
Student {lfm}  DOB {dob}  ID {sid}
Treated by me from {d3} to {visit}. Stable on {med} {med_sig}. Recommend {credits} credits max, {term2}.
{doc_fml}  NPI {npi}  {hosp}  tel {phone3}  fax {fax2}
""",
    ),
    "sm_helmet_sensor_impact_report": (
        """HEAD IMPACT SENSOR REPORT - practice {visit_iso}
Sensor ID     Player            #    Impacts  Peak g  Peak rot (rad/s2)  Alerts
{dev_helmet}  {lf}   {jersey}   {count}   {tss}0  {ck}             1
Alert at {time}: ATC {at_full} evaluated; SCAT sx {scat_sx}, SAC {sac}. Helmet UDI {udi}.
Athlete DOB {dob}. Parent {p1_full} notified ({email2}).
""",
        """Mouthguard sensor sync log
{visit_dt} device {dev_helmet} paired to athlete {full} (SID {sid}); firmware {version}
{d2_dt} device {dev_helmet} replaced -> {dev_misc} (lost at practice)
Impacts > 80 g: {step}. Reviewed by {at_last} / team physician {doc_last}.
""",
    ),
    "sm_dining_allergy_plan": (
        """DINING SERVICES - FOOD ALLERGY ACCOMMODATION PLAN
Student: {full}   ID {sid}   Meal plan acct {acct}   DOB {dob}
Allergens: tree nuts, sesame (anaphylaxis {mon_year}, treated at {hosp})
EpiPen 0.3 mg x2, lot {lot} exp {exp}. Chef contact: {dir_full}.
Verified by SHS dietitian {rn_full}, RD on {visit_us}. Student cell {phone}, email {email}.
Dining hall card reader: face template {bio2} enrolled for allergen-safe pantry.
""",
        """Allergy pantry access - {term}
{lf} | {sid} | pantry badge + biometric {bio} | photo {photo}
Reaction report {visit_long}: hives after stir-fry; {med} given by staff; EMS declined. Mother {p1_full} {phone2}.
""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """STUDENT HEALTH SERVICES - clinic protocol {policy}
Strep pharyngitis: Centor >= 3 -> rapid antigen ({brand}); if negative in students < 18, culture.
Treat with amoxicillin 500 mg BID x10 days; PCN allergy: azithromycin {med_sig}. CPT {cpt}, ICD {icd}.
Typical vitals in triage: T {temp}, HR {hr}, BP {bp}. Re-check in {dur} min if T >= 101.
""",
    """IMMUNIZATION REQUIREMENTS - {term2} ({form})
MMR x2, Tdap within 10 years, MenACWY dose on/after age 16 ({menveo_dose}), Hep B x3 or titer.
TB screening questionnaire for all new students; IGRA ({cpt}) if risk factors. Hold placed at {time} on census day.
Vaccine stock: {brand} lot {lot}, NDC {ndc}, exp {exp}. Storage 2-8 C.
""",
    """ATHLETIC TRAINING ROOM - daily treatment tally, {sport}
Ice/compression (Game Ready): {count}   Taping: {hours}   97110: {step}   97140: {dur}
Most common: {dx} ({icd}); {dx2} ({icd2}). Supplies: KT Tape, Biofreeze, {hcpcs} braces x{step}.
{role} reviewed at {time}. Team code {team_code}, conference {conf_code}.
""",
    """Concussion protocol summary ({policy})
Baseline: SCAT6 and {brand} {version} before {season} season. Post-injury: symptom score > baseline by 3 or
SAC drop >= 2 = not cleared. Graduated RTP over at least 6 steps, 24 h each; RTL first. Typical baseline:
VM {vm}, VisM {vism}, VMS {vms}, RT {rt}, IC {ic}. Athletes aged {age} or under with prior concussion: neuro referral.
""",
    """PPE station flow - {org}
Station 1 vitals: BP {bp}, HR {hr}, Ht {ht}, Wt {wt} lb, vision 20/20
Station 2 cardiac ({eponym}); Station 3 MSK; Station 4 {role}. {count} athletes per {dur} minutes.
Form: {form}. Sickle cell trait education ({icd2}) per {policy}. Fee {money}.
""",
    """Camp infirmary - standing orders ({camp_lic})
Acetaminophen 15 mg/kg PO q6h PRN (max 650 mg); ibuprofen 10 mg/kg q8h PRN. Cetirizine 5-10 mg daily PRN.
Bee sting: ice, diphenhydramine 1 mg/kg; EpiPen Jr 0.15 mg for campers under 25 kg. Heat: oral fluids, rest in infirmary bed {bed}.
Reviewed by the camp physician; accredited by ACA. Cabin checks at {time} and {time2}.
""",
    """MAR legend - {org}
Scheduled meds passed at 08:00, 12:30, 20:00. Initials in box; R = refused; H = home med held; W = waterfront.
Controlled (lisdexamfetamine {dose_mg}, methylphenidate ER 36 mg) double-counted each {step} days. Lot {lot}, NDC {ndc}.
""",
    """Counseling center - group schedule {term}
Anxiety skills (6 sessions), Grief group, DBT skills ({dur} min). PHQ-9 cut-offs 5/10/15/20; GAD-7 5/10/15.
C-SSRS for every intake. Average wait {step} business days. {role2} on call {time2}-08:00. CPT {cpt}, {cpt2}.
""",
    """Accessibility resources - testing center capacity
Rooms {room2} and {room}: {count} seats; 1.5x and 2x time blocks; {course} final moved to {time}.
Students registered: {count}. Policy {policy}. Credit-hour minimum for full-time status: 12 ({credits} for graduate).
""",
    """SHIP rates and waiver rules ({term})
Annual premium {money2}; deductible $250; ED copay $150. Hard-waiver criteria: ACA-compliant, US-based claims
office, deductible <= $1,500, mental-health parity. Waiver deadline is the 10th class day. Group plan by {org2}.
""",
    """Return-to-play checklist (athletic training)
[ ] asymptomatic at rest ({scat_sx} baseline sx)   [ ] normal exam   [ ] ImPACT at baseline (VM {vm}, RT {rt})
[ ] steps 1-5 completed   [ ] team physician sign-off   [ ] parent notified (HS)   Helmet re-fit, size L.
""",
    """Heat illness policy - preseason {season}
WBGT > 30.1 C: no practice in pads. Cold-water immersion tub at {time}. Core temp {temp} rectal -> cool first, transport second.
Weigh-in/out: loss > 2% body weight ({wt} lb athlete -> {wt_kg} kg) = hold. Na {na} mmol/L threshold for hyponatremia.
""",
    """Study abroad - health & safety pre-departure session ({term2})
Travel clinic: typhoid, Hep A, malaria prophylaxis (atovaquone-proguanil 250/100 mg daily). {count} students, {step} sites.
Insurance provided by {org2}; evacuation coverage up to {money2}. Form {form}. Questions to the program office, {ext}.
""",
    """Residence life - health & safety inspection
{hall}: rooms {room} through {room2} checked. Smoke detectors OK. Space heaters confiscated ({step}). Halls
averaging {count} residents. Policy {policy}. RA rounds at {time} and {time2}. No medical incidents.
""",
    """Campus police - monthly welfare-check summary ({term})
Welfare checks: {count}. Medical transports: {step}. Alcohol-related: {hours}. Average response {dur} min.
Mutual aid with county EMS. CARE team referrals sent by {role}.
""",
    """Student employee safety training - dining services
Burn care: cool water {dur} min, no ice. Glove policy {policy}. First aid kits ({hcpcs}, lot {lot}) checked weekly.
OSHA 300A posted. {hours} injuries this year, {step} lost-time. Wage {money}.
""",
    """NCAA compliance - medical education items ({school_code})
Sickle cell trait (D57.3) testing or waiver, banned-substance list, drug-testing consent (Form 19-III),
catastrophic insurance threshold {money2}. {conf_code} requires cardiac screening ECG for {sport}. Bylaw 17.1.6.
""",
    """Helmet sensor program - end of season
Sensors deployed: {count}. Impacts > 80 g: {step}. Mean peak linear {tss}0 g, rotational {ck} rad/s2.
Firmware {version}. Stock lot {lot2}. Reviewed with {role} and {role2}.
""",
    """Pharmacy - SHS formulary note
{med} {med_sig}; {med2} {med2_sig}. NDC {ndc}, {dose_mg} tabs. Price {money}. Revenue code {rev}.
Refills: 2. Controlled-substance log reviewed weekly ({policy}).
""",
    """Lab - quality control log ({clia})
Rapid strep QC positive/negative OK at {time}. Hgb {hgb} g/dL on control, WBC {wbc}. Mono spot QC OK. LOINC {loinc}.
Analyzer {brand2}. Lot {lot}; exp {exp}. Reviewed by the lab lead.
""",
    """TB screening program statistics ({term})
New international students screened: {count}. IGRA positive: {step} (TB1-Nil > 0.35 IU/mL; e.g. {igra} = negative).
CXR ordered ({cpt}); LTBI treated with rifampin 600 mg daily x4 months. SNOMED {snomed}.
""",
    """Field trip risk assessment - {course}
Destination: state park (no cell coverage). Ratio 1:{step}. First-aid kit, AED, EpiPen stock lot {lot}.
Students with meds carry their own. Leave {time}, return {time2}. Van pool {count} miles. {policy}.
""",
    """Meningococcal disease fact sheet ({form})
MenACWY ({brand}) and MenB (Bexsero 2-dose or Trumenba). Residential first-years aged {age} and under.
Incidence {step} per 100,000. CPT 90734 / 90620. Waiver allowed by state law. Revised {year}.
""",
    """Camp parent handbook - health center
The health center is staffed by two RNs and a camp physician on call. Campers aged {age_c} and up may self-carry
inhalers. Medications must arrive in original containers. Homesickness calls at {time2}. Fees: {money}.
""",
    """Dining allergy program overview
{count} students with registered food allergies; top allergens peanut, tree nut, sesame. Allergen-safe
pantry at {hall}. EpiPen stock lot {lot}, exp {exp}. Staff trained by {role}.
""",
    """Sports medicine clinic - billing summary ({term})
E/M {cpt}, {cpt2}; splints {hcpcs}; DME L1832. DRG {drg} for inpatient ACLR. Revenue code {rev}. Practice NPI {org_npi},
tax ID {ein}. Average charge {money}.
""",
)
