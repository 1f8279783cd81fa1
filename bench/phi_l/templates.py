"""Set L's document styles: outpatient and community care (school, work, pharmacy, home, video,
street, jail, dialysis chair, birth at home, ambulance), each style two or three templates.

``{key}`` placeholders are filled from ``values.identifiers`` (gold) and ``values.lookalikes``
(filler). No literal braces may appear in a template.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "oc_school_nurse_visit": (
        """HEALTH OFFICE VISIT LOG - Grade {grade}
Student: {pt}    Student ID: {student}    DOB: {dob_child}
Date/time in: {dt}    Time out: {time2}
Reason: c/o headache and nausea after PE, pain {pain}. Temp {temp}, HR {hr}, BP {bp}.
Action: rested 20 min in the cot room, water, ice pack. Returned to class.
Insulin pump on file (serial {serial}) - BG checked {glucose} mg/dL on the {meter}, no bolus needed.
Parent/guardian notified: {rel} at {phone} (left voicemail), follow-up email to {email}.
Authorized pickup vehicle per emergency card: plate {plate}.
Photo on file: {photo}
Nurse: {staff}, RN""",
        """Nurse note, {noyear}. {pt_first} came in at {time} from {clin_last}'s class holding her wrist.
Fell on the blacktop at recess. Mild swelling distal radius, ROM limited, no snuffbox tenderness.
Splinted, ice. Called mom ({rel_first}) on her cell {phone} - she will take {pt_first} to
{fac_uc} this afternoon. Home address for the accident report: {street}, {city}, {state} {zip}.
District student # {student}. Asthma action plan on file ({inhaler}). Incident report copied to the principal.
-- {staff_first} (school nurse)""",
        """Dear Parent/Guardian of {pt},
Our records show that your child is missing the second dose of MMR and the Tdap booster required for grade {grade}.
Under state law, students without proof of immunization by {noyear} will be excluded until records are received.
Please have {pt_first}'s provider fax the record to the health office at {fax}, email {email2},
or upload it at {url}.
Student number {student}. Thank you,
{staff}, School Nurse""",
    ),
    "oc_occ_health_fitness": (
        """OCCUPATIONAL HEALTH - DOT / FITNESS-FOR-DUTY EXAMINATION
Employer: {employer}, yard at {street2}, {city2}
Employee: {pt_caps}        Employee No.: {emp}        DOB {dob}
CDL #: {dl}  (class A)        SSN on file: {ssn}
Assigned tractor: unit plate {plate}, VIN {vin}
Vitals: BP {bp}, HR {hr}, vision {va} OU uncorrected, whisper test passed.
Urinalysis: protein neg, glucose neg. Drug screen collected, chain-of-custody form {accession};
donor identity confirmed by fingerprint template {bio_fp}.
Determination: meets standards, 2-year certificate. Examiner: {clin}, registry no. {lic_md}
Examined {visit}.""",
        """Return-to-work note for {pt_name} (badge {emp}), {fac_occ}.
Seen {visit} after a lifting injury at the warehouse on {noyear}. Lumbar strain, {icd}.
Light duty: no lifting over 10 kg until re-check on {visit2}. {drug}. Phys therapy {cpt} x {count} visits.
Workers' compensation claim {claim}; adjuster {other}, phone {phone2}, fax {fax}.
Supervisor {staff} informed by phone.
{clin}, MD - NPI {npi}""",
    ),
    "oc_pharmacy_counsel_log": (
        """PHARMACY COUNSELING LOG
Rx# {rx} | Patient: {pt_caps} | DOB {dob} | Ph {phone}
Drug: {drug} | qty 30 | refills 2 | NDC {ndc}
Prescriber: Dr. {clin_last}  DEA {dea}  NPI {npi}  fax {fax}
Counseled on: GI upset, take with food, {drug2} interaction reviewed. Pt verbalized understanding.
Plan: {hpid} / group {group} - prior auth ref {auth} approved {visit}.
RPh: {staff}""",
        """{noyear}, {time}: Spoke with {pt} at the counter about her new {drug}. She is {age90} and lives
alone on {street}, so we set up blister packs and a delivery slot with {rel_first} ({phone}).
Called {clin}'s office to clarify the sig; faxed the clarification to {fax}. New Rx number {rx}.
Medicare beneficiary ID {mbi}. Next refill due {visit2}. -- {staff_first}, PharmD""",
        """IVR REFILL QUEUE  {dt}
caller_id {phone}  rx {rx}  dob_entered {dob_num}  status READY  store 0412
caller_id {phone2}  rx {rx2}  dob_entered {dob_num2}  status TOO_SOON  notes: call back; pt is {pt_name}""",
    ),
    "oc_home_health_visit": (
        """HOME HEALTH SKILLED NURSING VISIT
Client: {pt}   MRN {mrn}   Visit date: {visit}
Address: {street}, Apt {unit}, {city} {state} {zip}   ({county})
Primary caregiver: {rel}, cell {phone}
Vitals: BP {bp}  P {hr}  R {rr}  SpO2 {spo2} on 2 L via concentrator, serial {serial}
Wound: sacral, {wound}, Braden {braden}. {device} in place.
Teaching: {drug}; fall precautions; pill organizer filled for 7 days.
Agency fax for orders: {fax}. Physician: {clin}. Next visit {noyear}.
EVV clock-in by voice verification, template {bio_voice}, at {time}.
Signed: {staff}, RN lic. {lic_rn}""",
        """Arrived {time}. Pt is a {age90} y/o woman living with her grandson {rel_first} in {hood}.
Walked the home for safety: throw rugs removed, grab bars in place. {eponym} stable, tremor unchanged.
Med rec done - stopped duplicate {drug2}. Spoke with Dr {clin_last} ({phone2}) re: BP {bp}.
Grandson asked that reports go to {email}. Next visit {visit2}. Insurance {hpid}.
{staff_first} {staff_last}, LPN""",
        """Voicemail transcript ({dt}), agency intake line:
"Hi, this is {rel}, I'm calling about my father {pt_name}, he's the one on {street} over by the fire station.
His oxygen machine keeps beeping, the number on the back is {serial}. Can someone come out? My cell is {phone}.
Oh and his Medicare number is {mbi}. Thanks."
Returned call at {time} - {staff_first}.""",
    ),
    "oc_telehealth_video": (
        """TELEHEALTH ENCOUNTER (synchronous video)
Patient: {pt}   DOB {dob}   MRN {mrn}
Patient location: home, {city}, {state}   Provider location: clinic
Link: {url}   Session start {dt}, end {time2}
Connection log: client IP {ip}, relay {ip2}, platform audio/video OK
Identity verified by two identifiers and voiceprint match {bio_voice}.
CC: follow-up of {eponym}. Reports {pain} pain, PHQ-9 {phq9}. Plan: continue {drug}; labs {loinc} at next in-person visit.
Consent for telehealth obtained verbally. Provider: {clin}. Patient email for AVS: {email}""",
        """Portal message thread
From: {pt_name} <{email}>  Sent: {dt}
Hi, the video link you sent ({url}) says the room is locked. I tried from my work laptop too.
From: {staff} (clinic)  Sent: {dt2}
Sorry about that - our logs show two attempts from {ip}. New link coming; if it fails we'll call {phone}.""",
        """Video visit with {pt_name} on {noyear}. Started on the phone ({phone}) because the link
{url} would not open, switched to video at {time}. Audit trail shows the join from {ip}.
{pt_first}'s daughter {rel} was present and helped with the camera. BP reading from home cuff {bp}, weight {wt}.
Discussed {drug}. Return in 3 months or sooner. -- {clin_last}""",
    ),
    "oc_cmh_intake": (
        """COMMUNITY MENTAL HEALTH - INTAKE ASSESSMENT
Client name: {pt}        Case #: {case}        Intake date: {visit}
DOB: {dob}   SSN: {ssn}   Medicaid ID: {hpid}
Address: {street}, {city}, {state} {zip}   Phone: {phone}   Email: {email}
Emergency contact: {rel} (sister) {phone2}
Referral source: {facility}, referral faxed from {fax}
Presenting problem: low mood since {month_year}, PHQ-9 {phq9}, GAD-7 {gad7}. No SI/HI.
History: prior admission {year}; treated with {drug}.
Chart photo taken for ID: {photo}
Clinician: {clin}, LCSW""",
        """{pt_first} {pt_last} came in as a walk-in on {noyear} with her caseworker {other}. She has been
couch-surfing in {hood} since her eviction from {street} on {visit2}. Screened: PHQ-9 {phq9}, AUDIT-C {count}.
Assigned case {case}; benefits application needs her SSN {ssn}, which she read from her card.
Follow-up with {clin_last} on {visit3}. Best number is her friend's: {phone}.""",
        """Crisis line web chat, {dt}, session IP {ip}. Caller gave her name as {pt_first}, {age_adult}, calling from a gas station in {city}.
States she left her partner {other_first}'s place on {street} last night. No plan, no means. Agreed to a mobile
team visit; call-back {phone}. Linked to open case {case}. Counselor: {staff}.""",
    ),
    "oc_teledermatology_review": (
        """TELEDERMATOLOGY CONSULT - store and forward
Referring clinic: {facility}          Consult ID {case}
Patient: {pt}   DOB {dob}   MRN {mrn}
Images received {dt} from uploader at {ip}:
  1) {photo} - full face, frontal (for identification and malar distribution)
  2) lesion close-up, left forearm, with ruler
  3) dermoscopy, same lesion
Viewer: {url}
Impression: {eponym2} unlikely; pattern favours seborrheic keratosis. No biopsy needed.
Reviewed by {clin}, MD, on {visit}""",
        """Store-and-forward review, case {case}. {pt_name}, seen at {city2} clinic {noyear}.
Facial photo {photo} shows a 6 mm pearly papule at the nasal ala; close-ups 2-4 of the trunk.
Recommend shave biopsy; accession to follow. Return images via {url}. Questions to {email2}.
-- {clin_last}""",
        """upload_log
{dt}  user={email}  src={ip}  file={photo}  type=face-frontal  case={case}
{dt2}  user={email}  src={ip}  file=IMG_0003.jpg  type=lesion-closeup  case={case}
{dt2}  reviewer={email2}  action=opened  case={case}""",
    ),
    "oc_optometry_exam": (
        """COMPREHENSIVE EYE EXAM
Pt: {pt}    DOB {dob}    Chart {mrn}    Exam date {visit}
VA sc: OD {va}  OS {va}    IOP: {iop} / {iop} mmHg
Refraction OD {rx_lens}
Fundus: C/D 0.3 OU, no DR. Retinal imaging done; iris scan template {bio_iris} stored for the clinic's check-in kiosk.
Dx: {icd}. Rx given. Recall {noyear}.
Referral letter to Dr {other_last}, fax {fax}.
OD: {clin}  license {lic_od}""",
        """Mr. {pt_last} is a {age90}-year-old retired teacher from {city} seen for blurry vision at near.
Wears progressive lenses. Uses {eye_drop}. {eponym} noted on history. VA {va} OD, {va} OS with pinhole.
Vision plan member {hpid}. Cataract referral to {fac_hosp}; the surgeon's office ({phone}) will call him.
Exam {visit}; {clin}, OD""",
        """{clin_last} Family Eye Care
{street2}, {city2}, {state}

{visit}

Dear Dr. {other_last},

Thank you for referring {pt_name} (DOB {dob}). On examination today her acuity was {va} OD and {va} OS,
IOP {iop} mmHg OU. There is early nuclear sclerosis and a few dot haemorrhages in the right eye, in keeping with
mild non-proliferative diabetic retinopathy ({icd}). I have asked her to return on {noyear} and would be grateful
for her latest A1c. She can be reached at {phone}.

Sincerely,
{clin}, OD""",
    ),
    "oc_physio_progress": (
        """PHYSIOTHERAPY PROGRESS NOTE - visit {count}
Name: {pt}   MRN: {mrn}   Date: {visit}
Referring: {clin}   Auth # {auth}   Claim {claim}
S: Knee feels "looser". Pain {pain} on stairs.
O: Knee flexion {rom}, extension -5°. {sign} negative. Quad lag resolved.
A: progressing toward goals; {icd}.
P: continue 97110 and 97140, HEP updated. Re-eval {visit2}.
Therapist: {staff}, PT  lic {lic_pt}""",
        """{pt_first} walked in today using one crutch. He says the drive from {city} takes an hour, so we will
move him to our {fac_rehab} site from {noyear}. Single-leg balance {count} s. Lachman firm. Employer HR
({staff}, {phone}) asked for the plan by email: sent to {email}. Insurer member ID {hpid}.
{clin_last} wants an update after 6 visits.""",
        """Dear Dr {clin_last},
Re: {pt}, date of birth {dob}

{pt_first} has attended {count} sessions since {visit}. Shoulder flexion has improved to {rom} and {sign} is now
negative. He is back at work at the {city2} depot on modified duties. His claim number with the insurer is {claim}.
I will write again after the re-assessment on {visit2}.
Kind regards,
{staff}, Physiotherapist""",
    ),
    "oc_urgent_care_discharge": (
        """URGENT CARE DISCHARGE INSTRUCTIONS
{fac_uc}, {street2}, {city2}
Patient: {pt_caps}    MRN {mrn}    Visit/FIN {acct}
Arrived {dt}    Discharged {dt2}    {esi}
Diagnosis: {icd} - ankle sprain. X-ray: no fracture.
Medications: {drug}; {drug2}.
Follow up with your primary care provider, Dr. {clin_last}, in 1 week (office fax {fax}).
View your results at {url}.
Provider: {clin}   Insurance: {hpid}""",
        """WORK/SCHOOL EXCUSE
{pt} was seen at {fac_uc} on {visit} and may return to work on {visit2}.
Restrictions: none. Employee no. {emp}.
{clin}, PA-C   tel {phone}""",
        """Discharge - {pt} ({age90} years). Came in {noyear} with a UTI; {drug} given. Lives at {street}, {city},
daughter {rel} drives. Dexterity is poor, so the pharmacy will deliver. Pacemaker ID card shows model
Azure XT DR MRI serial {serial}. Bill to account {acct}. Seen by {clin_last}.""",
    ),
    "oc_vaccination_roster": (
        """FLU & COVID CLINIC ROSTER - site: {facility}
last,first,dob,phone,plan_id,vaccine,dose
{pt_caps},{dob_num},{phone},{hpid},{vaccine},1
{pt_last},{rel_first},{dob_num2},{phone2},{group},{vaccine2},2
{other_last},{other_first},{hl7_dob},,{mbi},Fluzone High-Dose 0.7 mL,1
Screening: no fever, no prior reaction. Vaccinator {staff}. Clinic date {visit}.""",
        """Mobile vaccination van - stop at {street}, {city} ({noyear})
| # | Name | DOB | Age | Vaccine |
| 1 | {pt} | {dob_old} | {age90} | {vaccine} |
| 2 | {rel} | {dob_num} | {age} | Tdap 0.5 mL IM |
| 3 | {other} | {dob_adult} | {age_adult} | Shingrix 0.5 mL |
Recorded in the state registry by {staff_first}. Van plate {plate}. Questions: {phone}""",
        """MSH|^~\\&|VAXCLINIC|{facility}|IIS|STATE|{hl7_dt}||VXU^V04|Q{ext}|P|2.5.1
PID|1||{mrn}^^^VAX^MR||{pt_hl7}||{hl7_dob}|M|||{street}^^{city}^{state}^{zip}||{phone}
RXA|0|1|{hl7_dt}||141^{vaccine}^CVX|0.5|mL||00^New^NIP001|{npi}^{clin_hl7}""",
    ),
    "oc_methadone_dosing_log": (
        """OTP DOSING LOG
Client: {pt}   Client ID {client}   DOB {dob}
Check-in: palm-vein scan {bio_palm} matched at window 2, {dt}
Dose: {drug}, observed. COWS pre-dose {cows}. Take-homes: none (phase 1).
UDS collected, specimen {accession}. Photo ID on file: {photo}
Dispensing nurse: {staff}   Counselor: {clin}""",
        """{noyear}: {pt_first} missed yesterday, came in at {time}. Fingerprint reader failed twice; identified by
photo {photo} and client number {client}. Dose held at {dose_ml} pending a talk with Dr {clin_last}.
She moved to {street}, {city} {zip}; new phone {phone}. Medicaid {hpid}. Next counselling {visit}.
Biometric template re-enrolled: {bio_palm}.""",
        """OTP take-home authorization
Client {pt_caps} ({client}) - Phase 3, 6 take-homes approved {visit}.
Lock box checked; the dispensing pump unlocks on biometric template {bio}. Diversion call-back number {phone}. Prescriber {clin}, DEA {dea}.
Prior auth {auth}.""",
    ),
    "oc_midwife_homebirth": (
        """HOME BIRTH RECORD
Birthing parent: {pt}   DOB {dob_adult}   Address: {street}, {city}, {county}, {state} {zip}
Partner: {rel}   Phone {phone}
Onset of labour {dt}; birth {dt2} in water; placenta complete.
Infant: {other_first} {pt_last}, female, {infant_wt}, APGAR {apgar}.
Midwife: {clin}, CNM licence {lic_cnm}. Second attendant: {staff}
Birth certificate no. {cert} filed with the county registrar on {visit}.""",
        """Postpartum day 2 visit, {noyear}. {pt_first} is nursing well; baby {other_first} has regained birthweight, jaundice
mild. Partner {rel_first} asks about the birth certificate ({cert}). Newborn screen card {accession} sent.
Drove out to {street} in {city_caps} - long gravel lane, call {phone} on arrival. {clin_last} to return {visit2}.""",
        """Prenatal home visit 32+4 wks. {pt_first} and {rel_first} at the farm ({street}, {county}). BP {bp}, FHR 140s,
fundal height 32 cm. GBS swab sent, lab accession {accession}. Backup hospital {fac_hosp} - transfer plan reviewed.
EDD {visit}. Midwife {clin_last}; student midwife {staff_first}.""",
    ),
    "oc_ems_run_report": (
        """EMS PATIENT CARE REPORT - {unit_no}
INCIDENT # {ticket}   DATE {visit}   DISPATCHED {time}   ON SCENE {time2}
LOCATION: {street}, {city_caps}, {state}
PT: {pt_caps}   AGE {age90}   DOB {dob_old}
MVC, SINGLE VEHICLE. PT DRIVER OF VEH PLATE {plate}, VIN {vin}. RESTRAINED, AIRBAGS DEPLOYED.
{gcs}. BP {bp} HR {hr} RR {rr} SPO2 {spo2}. C-COLLAR, BACKBOARD NOT USED.
TRANSPORTED TO {fac_hosp}. CREW: {staff} (LIC {lic_emt}), {other}
BILLING ACCT {acct}""",
        """Narrative: Dispatched for a fall at {street}, apt {unit}. Found {pt_name}, {age90}, on the kitchen floor, alert,
{gcs}. Daughter {rel} on the phone ({phone}) gave meds: {drug}, {drug2}. Implanted defibrillator, card serial
{serial}. Neighbour moved his truck ({plate}) so we could back in. Transport to {fac_hosp}. Crew {staff}, medic lic {lic_emt}.""",
        """CAD EXPORT
INC={ticket};RCVD={dt};UNIT={unit_no};NATURE=SICK PERSON;ADDR={street};APT={unit};CITY={city_caps};ZIP={zip}
CALLER={rel};CBN={phone};PT_AGE={age90};PT_NAME={pt_caps}
NOTES=CALLER STATES PT FOUND CONFUSED, HX {eponym}. PREMISE HAS KEYPAD GATE.
DISPO=TRANSPORTED;DEST={fac_hosp};CLEAR={time2}""",
    ),
    "oc_disability_claim_form": (
        """ATTENDING PHYSICIAN STATEMENT - SHORT-TERM DISABILITY
Claim number: {claim}           Policy/group: {group}
Claimant: {pt}   SSN: {ssn}   Date of birth: {dob_adult}
Address: {street}, {city}, {state} {zip}
Employer: {fac_school}   Employee ID: {emp}
First day unable to work: {visit}   Expected return: {visit2}
Diagnosis: {icd}; restrictions: no standing > 15 minutes.
Physician: {clin}   NPI {npi}   State licence {lic_md}
Phone {phone2}   Fax {fax}   Email {email2}
Upload at {url}""",
        """Claim {claim} - phone statement taken {noyear}. Claimant {pt} ({dob}) confirmed identity by voice
verification, voiceprint {bio_voice}. She reports she last worked on {visit2} at the {city} plant. Treating provider
{clin_last}, fax {fax}. Benefits to be paid to account {acct}. Claimant email {email}; told to upload forms at {url}.""",
        """To the disability unit,
I have treated Ms. {pt_last} since {month_year} for {eponym} with fatigue and joint pain. She is unable to
perform her job as a line cook. I last saw her on {visit} and expect reassessment on {noyear}.
Her SSN is {ssn} and her claim is {claim}.
{clin}, MD
{street2}, {city2} {zip}  |  tel {phone2}  |  fax {fax}""",
    ),
    "oc_wound_clinic": (
        """WOUND CARE CENTER - WEEKLY ASSESSMENT
Patient: {pt}   MRN {mrn}   DOS {visit}   Age {age90}
Wound #1 R plantar heel, {icd}: {wound}, 60% granulation, moderate serous drainage.
Debridement {cpt} performed. NPWT unit serial {serial}, canister changed.
Offloading with {offload}. Next visit {noyear}.
HBO referral faxed to {fax}. Home health agency contact {staff}, {phone}
Provider: {clin}""",
        """{pt_first} {pt_last} - heel wound better this week ({wound}). The negative-pressure pump ({udi}) alarmed overnight;
{rel_first} called the vendor line {phone}. Moved from {city} to her son's place at {street2}, {city2} on {noyear}.
Plan of care sent to Dr {clin_last}. Member ID {hpid}.""",
        """date | wound | L x W x D | drainage | clinician
{visit} | R heel | 4.1 x 3.0 x 0.6 cm | mod | {staff_last}
{visit2} | R heel | {wound} | scant | {staff_last}
{visit3} | R heel | 2.0 x 1.1 x 0.2 cm | none | {clin_last}
Patient {pt}, MRN {mrn}, DOB {dob_old} ({age90} y). No photographs of the face were taken.""",
    ),
    "oc_audiology_fitting": (
        """HEARING AID FITTING
Patient: {pt}   DOB {dob}   Chart {mrn}   Fitting date {visit}
Devices: {hearing_aid} - L serial {serial}, R serial {serial2}
Audiogram: {db} at {freq} Hz, sloping to severe at 4000 Hz. Real-ear verified.
Remote-care app paired, session {url} from {ip}.
Contact: {phone}, {email}
Audiologist: {clin}, license {lic_aud}""",
        """{pt_name} ({age90w} years old) returned with the right aid whistling. Serial {serial2} re-domed; left {serial} fine.
Her son {rel} ({phone}) manages the app. Warranty through {noyear}. Medicare {mbi}. -- {clin_last}, AuD""",
        """REPAIR / WARRANTY RETURN FORM
Ship to manufacturer:  {hearing_aid}, serial {serial}
Customer: {pt_caps}   Patient account {acct}
Return address: {street}, Apt {unit}, {city}, {state} {zip}
Fault: intermittent, dead after moisture exposure. In warranty until {visit2}.
Loaner issued: serial {serial2}. Clinic contact: {staff}, {phone2}""",
    ),
    "oc_sms_thread": (
        """[{dt}] CHW {staff_first}: Hi {pt_first}, it's {staff_first} from {facility}. Still ok for the home visit tmrw?
[{time2}] {pt_first}: yes but we moved!! {street} {city} now, apt {unit}
[{time2}] CHW {staff_first}: got it. Which car should I look for?
[{time3}] {pt_first}: grey Corolla {plate}. call my cell {phone} not the old one
[{time3}] {pt_first}: also {rel_first} has his appt on {noyear} right? the one w dr {clin_last}
[{time4}] CHW {staff_first}: yes {noyear2} at {time}. bring his med list + {drug}""",
        """WhatsApp chat export (pasted by the care coordinator)
{noyear}, {time} - {rel}: morning! {pt_first} had a bad night, coughing a lot
{noyear}, {time2} - {staff}: sorry to hear. temp? any fever
{noyear}, {time3} - {rel}: {temp}. I can bring her to the clinic on {city2} road at 2
{noyear}, {time4} - {staff}: ok, use the side door. bring her card, member no {hpid}""",
        """Text thread exported for chart, MRN {mrn}
{rel} ({phone}): mom's sugar was {glucose} this morning, she skipped the {drug}
Clinic RN {staff}: thanks, is she eating? BP?
{rel}: BP {bp}. she is {age90} you know, stubborn
Clinic RN {staff}: understood. I'll ask Dr {clin_last}. send me a pic of the meter to {email2}
{rel}: ok. we're at {street} till {noyear}""",
    ),
    "oc_hl7_outpatient_feed": (
        """MSH|^~\\&|AMBEHR|{facility}|CLAIMS|CH|{hl7_dt}||ADT^A04|MSG{ext}{count}|P|2.5.1
PID|1||{mrn}^^^CLINIC^MR~{ssn}^^^SSA^SS||{pt_hl7}||{hl7_dob}|F|||{street}^^{city}^{state}^{zip}||{phone}|||||{acct}
PV1|1|O|{room}^^^AMB||||{npi}^{clin_hl7}
IN1|1|{group}|PLAN01|||||||||||||||||||||||||||||||||{hpid}""",
        """patient_id,last,first,dob,visit_date,cpt,icd,acct,plan_member,pcp_npi
{mrn},{pt_last},{pt_first},{hl7_dob},{visit},{cpt},{icd},{acct},{hpid},{npi}
# source system {ip}; loaded {dt}""",
    ),
    "oc_sleep_cpap_download": (
        """CPAP COMPLIANCE DOWNLOAD
Patient: {pt}   DOB {dob}   MRN {mrn}
Device: {cpap}, SN {serial}   Modem last contact {dt} from {ip}
Usage: {pct} of nights >= 4 h; mean {count} h. AHI {count}. Leak 95th pct 18 L/min.
Pressure auto 5-15 cmH2O. Report link {url}
Insurer: {hpid}. Reviewed {visit} by {clin}""",
        """{pt_last}, {pt_first} - mask refit {noyear}. Full-face mask leaking; switched to nasal pillows. Machine {serial}.
Wife {rel_first} says he snores less. Drove in from {city} (plate for the validated lot: {plate}). Next download {visit2}.""",
        """Re: CPAP compliance for {pt} - member {hpid}
To whom it may concern: the patient has used his {cpap} (serial {serial}) on {pct} of nights between {visit} and
{visit2}. Data pulled from the cloud account {email} on {noyear} (report: {url}). Please continue coverage.
{clin}, MD, NPI {npi}""",
    ),
    "oc_jail_sick_call": (
        """COUNTY DETENTION CENTER - SICK CALL REQUEST / NURSING ENCOUNTER
Inmate: {pt_caps}   Booking # {inmate}   Housing: {room}
DOB {dob}   SSN {ssn}
Identity confirmed: booking photo {photo}, AFIS print {bio_fp}
Complaint: tooth pain x 3 days, {pain}. Temp {temp}. Given {drug} per protocol.
Seen {dt} by {staff}, LPN. Referred to dental ({clin}).""",
        """Intake medical screen for {pt_name} ({inmate}), booked {visit} from {city}. States last dose of {drug} was on
{noyear}; OTP is {fac_otp}, client {client}. Mugshot {photo}; prints rolled, AFIS record {bio_fp}. Emergency contact {rel}, {phone}. Nurse {staff_last}.""",
    ),
    "oc_centro_salud_es": (
        """CENTRO DE SALUD COMUNITARIO - HOJA DE CONSULTA
Nombre: {pt}    Fecha de nacimiento: {dob_es}    Expediente: {mrn}
Domicilio: {street}, {city}, {state} {zip}    Teléfono: {phone}
Número de Seguro Social: {ssn}    Medicaid/CHIP: {hpid}
Motivo de consulta: dolor de garganta, fiebre {temp}. Prueba rápida estreptococo positiva.
Tratamiento: {abx_es}. Cita de control: {visit_es}
Médico: Dra. {clin}    Intérprete: {staff}""",
        """Nota: la señora {pt_last}, de {age90} años, vino con su nieta {rel_first} el {noyear_es}. Vive en {hood}, {city}.
Presión {bp}, glucosa {glucose}. Se renovó {drug}. Correo de la nieta: {email}. Próxima cita {visit_es}. — {clin_last}""",
    ),
    "oc_hausarzt_ueberweisung": (
        """Überweisungsschein / Referral (partner clinic)
Patient/in: {pt}   geb. {dob_de}   Versichertennr.: {hpid}
Anschrift: {street}, {zip} {city}
Tel.: {phone}   Fax Praxis: {fax}
Diagnose: {icd}, V. a. {eponym}
Auftrag: Mitbehandlung, Befund erbeten bis {noyear_de}.
Arzt/Ärztin: Dr. {clin}, LANR/NPI {npi}   Datum: {visit_de}""",
        """Kurzbrief an die Hausarztpraxis {clin_last}
Sehr geehrte Kollegin, sehr geehrter Kollege,
wir sahen Frau {pt} (geb. {dob_de}, wohnhaft {street}, {city}) am {visit_de} in unserer Sprechstunde.
Befund: RR {bp}, HF {hr}, HbA1c {a1c}. Therapie: {drug}. Kontrolle am {noyear_de}.
Rückfragen gern telefonisch unter {phone2} oder per Fax {fax}.
Mit kollegialen Grüßen, {staff}""",
    ),
    "oc_fiche_liaison_fr": (
        """Fiche de liaison infirmière - {fac_fr}
Nom: {pt_caps}   Né(e) le {dob_fr}   Dossier n° {mrn}
Adresse: {street}, {city}   Tél. {phone}
Personne de confiance: {rel} ({phone2})
N° de sécurité sociale (US): {ssn}
Soins: pansement {wound}, {drug}. Prochain passage le {visit_fr}. IDE {staff}""",
        """Passage à domicile du {noyear_fr}: Mme {pt_last}, {age90} ans, vit seule au {street}, apt {unit}, {city}.
Tension {bp}, glycémie capillaire {glucose}. Sa fille {rel_first} ({phone}) passera chercher l'ordonnance.
Courriel pour les comptes rendus: {email}. Médecin traitant: Dr {clin_last}. Carte d'assurance {hpid}.""",
    ),
    "oc_travel_clinic": (
        """TRAVEL MEDICINE CONSULTATION
Traveller: {pt}   DOB {dob}   Passport no. {passport}
Itinerary: departs {visit}, 3 weeks rural trekking.
Vaccines given: Typhoid, Hep A, {drug}. Yellow fever certificate number {cert}.
Malaria prophylaxis: atovaquone-proguanil. Travel kit reviewed.
Passport-style photo for the ICVP scanned as {photo}.
Contact {phone} / {email}. Clinician {clin}""",
        """{pt_first} ({pt_last}) leaves on {noyear} for a church mission; needs records for the visa office. Passport
{passport}. Prior Tdap {year}. Sent the letter to {email}. Account {acct}. Seen by {clin_last}, {visit}.""",
    ),
    "oc_dialysis_chair_sheet": (
        """OUTPATIENT HEMODIALYSIS - TREATMENT SHEET
{room}   Patient: {pt}   MRN {mrn}   Tx date {visit}
Pre wt {wt}  Pre BP {bp}  Access: L AVF, thrill +.
Blood flow 400, dialysate 2K/2.5Ca, UF goal 2.5 L. Heparin per protocol.
Implanted port serial {serial}. Transport: van plate {plate}, driver {other}
Medicare MBI {mbi}   Account {acct}
RN: {staff}   Nephrologist: {clin}""",
        """{pt_name}, {age90}, cramped in hour 3; UF paused. Family ({rel}, {phone}) wants a chair time after {time}.
Moving to the {city} unit on {noyear}. Billing account {acct}. Transport company fax {fax}. -- {staff_first}""",
        """TRANSPORT SCHEDULE - MWF 2nd shift
pickup {time} | {pt_caps} | {street}, {city} | wheelchair | van {plate}
pickup {time2} | {other} | {street2}, {city2} | ambulatory | van {plate}
Driver cell {phone}. Dispatcher {staff}. Changes by fax to {fax}.""",
    ),
}

# Identifier-free notes in the same genres: full of numbers, scores, eponyms, brands and roles.
NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """HEALTH OFFICE LOG - Grade {grade}
Student seen at {time} for headache, pain {pain}. Temp {temp}, HR {hr}, BP {bp}.
BG {glucose} mg/dL on the {meter}. Rested 15 min, returned to class. Parent notified by the school counselor.""",
    """DOT EXAM SUMMARY: BP {bp}, HR {hr}, vision {va} OU, whisper test passed, urinalysis negative.
Certified for 1 year because of stage 1 hypertension (since {year}). {drug}. Examiner: the supervising physician.""",
    """Pharmacy counseling: {drug}, qty 30, NDC {ndc}. Interaction with {drug2} reviewed.
Reference range for potassium {range}; last value {cr}. The pharmacist on duty counseled for 5 minutes.""",
    """Home visit at {time}: BP {bp}, P {hr}, SpO2 {spo2} on 2 L. Braden {braden}. {device} in place.
{eponym}, stable. Fall precautions reviewed; {drug} taken as directed. Next visit in 1 week.""",
    """Video visit (audio-only for the first {count} minutes). PHQ-9 {phq9}, GAD-7 {gad7}. Home cuff {bp}.
Follow-up of {eponym2}; continue {drug}. LOINC {loinc} ordered. Consent obtained verbally.""",
    """Eye exam: VA {va} OD, {va} OS. IOP {iop} mmHg. Refraction {rx_lens}. C/D 0.3 OU.
Dx {icd}. {eponym} ruled out. {drug}. Recall in 12 months.""",
    """PT progress, visit {count}: knee flexion {rom}, {sign} negative, pain {pain}.
CPT {cpt}, {cpt}. ICD {icd}. HEP updated by the PT aide. Re-eval in 4 weeks.""",
    """URGENT CARE: {esi}, arrived {time}. Ankle sprain, {icd}; X-ray negative. {drug}; {drug2}.
{gcs}. Discharged at {time2} with crutches ({product}).""",
    """OTP DOSING: {drug}, observed at window 2. COWS {cows}. UDS collected. Phase 2, 3 take-homes.
Age {age_adult}. In treatment since {year}. Counselor and the on-call psychiatrist reviewed the plan.""",
    """Birth at home at {time}. APGAR {apgar}. Weight {infant_wt}. Placenta complete; EBL 300 mL.
Midwife's second attendant present. Vitamin K and erythromycin given. Parent {age_parent} years, G2P2.""",
    """MEDIC UNIT {unit_no} - MVC, restrained driver, age {age_adult}. {gcs}. BP {bp} HR {hr} RR {rr} SPO2 {spo2}.
Transported priority 2. Dispatch time {time}, on scene {time2}. Traction splint not needed.""",
    """Wound #1: {wound}, 60% granulation. Debridement CPT {cpt}. ICD {icd}. NPWT at -125 mmHg.
Offloading with {offload}. Braden {braden}. Albumin 3.1, range {range}. Seen by the attending.""",
    """Audiogram: {db} at {freq} Hz, sloping to severe at 4000 Hz. {hearing_aid} fitted, real-ear verified.
{sign} midline. Tympanometry type A. CPT {cpt}. {eponym2} discussed.""",
    """CPAP download: {pct} of nights >= 4 h, AHI {count}, leak 18 L/min. {cpap}, auto 5-15 cmH2O.
Mask refit. Patient {age_adult} years, BMI {bmi}. Reviewed by the covering provider.""",
    """Dialysis {room}: pre wt {wt}, BP {bp}. Blood flow 400, UF 2.5 L. Hgb {hgb}, plt {plt}, eGFR {egfr}.
Kt/V 1.4. Heparin per protocol. {product} used for the access dressing.""",
    """Consulta: dolor de garganta, fiebre {temp}. Estreptococo positivo. {abx_es}. Presión {bp}, glucosa {glucose}.
Edad {age_adult} años. Control en 10 días. Intérprete presente.""",
    """Travel consult: Typhoid, Hep A, {drug}. Malaria prophylaxis 1 tab daily. INR {inr}.
Itinerary 3 weeks, rural. Prior Tdap {year}; MMR {year2}. NDC {ndc}.""",
    """Sick call: tooth pain x 3 days, {pain}. Temp {temp}. {drug} per protocol. Housing {room}, bed {bed}.
Nursing protocol 4.2; referred to dental. A1c {a1c} in {year}.""",
    """OBX|1|NM|{loinc}^LAB||{glucose}|mg/dL|{range}|N|||F
OBX|2|NM|718-7^Hemoglobin||{hgb}|g/dL|12.0-15.5|N|||F
OBX|3|NM|2160-0^Creatinine||{cr}|mg/dL|0.6-1.2|N|||F
NTE|1||Specimen slightly hemolyzed; repeat not required. HL7 v2.5.1, segment count {count}.""",
    """Functional status: Normal sinus rhythm on the monitor. Reading glasses on for the forms. Independence with
ADLs except the bath bench transfer. Mobile crisis team not needed. She finds hope and grace in a faith-based group.
Will follow up in 2 weeks; grace period for the co-pay explained. Rose from chair without arms. Pain {pain}.""",
    """CLINIC TALLY - vaccines given this session
vaccine,cpt,doses,wasted
Fluzone High-Dose 0.7 mL,90662,{count},0
Comirnaty 0.3 mL,91320,{units},1
Tdap 0.5 mL IM,90715,{count},0
Hep B dose 2/3 for {count} clients; 1/2 tab acetaminophen offered to children under {age_kid}.""",
    """[{time}] CHW: reminder - clinic bus leaves the main entrance at {time2}
[{time2}] Client: ok. sugar was {glucose} today, took the {drug}
[{time2}] CHW: good. BP cuff says {bp}? bring the log to Chair {count}
[{time2}] Client: yes. 20 yrs on dialysis in {year}, can u believe""",
    """cpt,icd,units,charge
{cpt},{icd},{units},125.00
97110,M54.50,{count},88.00
G0283,{icd},1,40.00
Unit 4B ward census {count}; Bed {bed}; Room {room}. ICD {icd}; NDC {ndc}; {product}.""",
    """EMS QA review: cardiac arrest, bystander CPR, AED shocks x {count}. ROSC at {time}. ETCO2 38.
{gcs} on arrival at the ED. Age {age_adult}. Lucas device used for {count} minutes. ESI 1. Crew commended by the medical director.""",
)
