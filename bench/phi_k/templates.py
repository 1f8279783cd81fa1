"""Set K's note genres: uncommon clinical documents, several layouts each, and identifier-free look-alikes.

``{key}`` placeholders are filled by ``bench.phi_k.values``: identifier keys become gold spans,
look-alike keys are ordinary clinical filler. Template text itself carries no identifier.
"""

from __future__ import annotations

VA_CP_EXAM = (
    """DISABILITY BENEFITS QUESTIONNAIRE - KNEE AND LOWER LEG CONDITIONS
Veteran name: {pt_formal}          ICN: {icn}
SSN: {ssn}    DOB: {dob}
Exam date: {visit}   Examiner: {md_full}, MD (NPI {npi})
Facility: {va_facility}
Claimed condition: right knee strain, onset during service at {base} in {year}.
Veteran reports the knee gave way while carrying a ruck on a 12-mile march. McMurray positive on the right.
Flexion limited to 100 degrees, pain at {pain}. Evidence reviewed: STRs, VBMS records, private records from
{md2_formal} dated {prior}.
Veteran lives at {street}, {city}, {state} {zip}; phone {phone}.
Lay statements uploaded by the Veteran at {url}.
Opinion: at least as likely as not (50% or greater probability) related to service.
Signed {sign} - {md_initial}""",
    """C&P EXAM  //  PTSD REVIEW
The Veteran, {pt_mid}, a {age}-year-old Army veteran, presented to the {va_facility} for an in-person review
exam on {visit}. Accompanied by spouse {kin_first}, who waited in the lobby. The Veteran deployed twice
({year}, {year2}) and was stationed at {base}. Since the last exam on {prior} he has moved to {hood}
in {city2} and now lives with his daughter {kin_full}.
Identity verified with VA ID card and DoD ID number {edipi}; last four digits matched SSN on file ({ssn}).
Enrolled in the VA phone line voice authentication, voiceprint ID {bio}.
PCL-5 score {score}. Mental status: alert, oriented x4, affect constricted.
Contact for rescheduling: {email} or {phone}.
Examiner: {md_caps}""",
    """va c&p -- hearing loss/tinnitus (DBQ)
vet: {pt_caps} | ICN {icn} | c-file ssn {ssn}
DOB {dob} -- age today {age90}
exam {stamp} @ {va_facility}
hx: artillery crewman, {base}, no hearing protection issued until {year}.
puretone avg R {count}0 dB, L {count}5 dB; Maryland CNC 76% / 80%.
hearing aids issued by VA audiology, serial R {serial} / L {serial2}.
audiologist {md_full} (lic {lic}); report faxed to the regional office at {fax}.
vet's son {kin_full} ({phone2}) drove him from {city}.""",
    """VETERAN: {pt_full}
MEMBER ID (CHAMPVA/TRICARE): {plan}
CLAIM #: {claim}
EXAM REQUESTED: {prior}    EXAM HELD: {visit}
LOCATION: {va_facility}, {street}, {city} {zip}
The Veteran, a {age90}-year-old WWII/Korea era veteran, was examined for aid and attendance. He requires
help with bathing and dressing. Lives with caregiver {kin_mid} at {street2}, {unit}, {city2}.
Vitals: BP {bp}, HR {hr}, wt {wt_lb}. Uses a {mobility_brand}, serial {serial}.
Facial photo for the VHIC card: {photo}
Examiner {md_formal}, DEA {dea}. Report uploaded {sign}.""",
    """Addendum {sign}: records received after the exam. Mr. {pt_last}'s private orthopedist, Dr. {md2_full} of
{city}, saw him on {prior} and again {event}; her office at {phone2} confirmed the MRI of that week. The
veteran's brother {kin_full} also sent a buddy statement recalling the injury at {base} in {year}. VA claim
{claim} remains open. ICN {icn}. No change in opinion. -- {md_initial}""",
)

FIELD_SICK_CALL = (
    """SICK CALL SCREENING - BAS, {base}
{rank} {pt_caps}   DoD ID: {edipi}   DOB: {dob}
Seen {stamp} by {rank} {rn_last}, 68W.
S: c/o R ankle pain after PT run this AM, rolled it on the curb by the motor pool.
O: swelling lat malleolus, Ottawa rules negative, able to bear weight x4 steps.
A: ankle sprain, grade I.
P: RICE, ibuprofen 800 mg TID x5 days, profile 7 days. RTC PRN. Chain of command notified: {rank} {staff_full}.
PA reviewing: {md_full}, PA-C. CAC fingerprint template {bio} used to sign.""",
    """Battalion aid station note -- {visit}
Soldier {pt_full} (DoD ID {edipi}) brought in by {peer_first} {peer_last} after a rollover of his POV,
plate {plate}, on the range road near {city}. Vehicle VIN {vin} per MP blotter (case {case}).
GCS {gcs}, BP {bp}, HR {hr}. C-collar applied. Evacuated to {facility} at {time2}.
Next of kin: {kin_full}, {phone}.
Medic: {rn_caps}""",
    """sick call log // {unit_name}
time in {time} -- {pt_initial} ({rank}), {age} y/o, fever {temp}, HR {hr}.
strep swab positive; PCN VK 500 mg BID x10 days.
quarters x24h. dispo to barracks room at {street}, {base}.
seen by doc {md_last}; follow up {next}.
spouse {kin_first} called {phone2} asking about him -- told her to call the soldier directly.""",
    """PROFILE / TEMPORARY (DA 3349 summary)
Name: {pt_formal}
DoD ID: {edipi}       Unit phone: {phone}
Condition: L shoulder impingement (Hawkins-Kennedy positive)
Profile start: {visit}   Expires: {next}
No push-ups, no overhead lifting > 10 lb. May run at own pace.
Approving official: {md_full}, MD, license {lic}
Profiling officer contact: {email2}""",
    """MEDEVAC 9-LINE (training lane, recorded for QA)
L1 grid: range 14 north of {base}
L2 freq/callsign: Dustoff, callback {phone}
L3 patients: 1 urgent -- {pt_caps}, DoD ID {edipi}
L4 special equipment: none. L5: 1 litter. L6: no enemy. L7: VS-17 panel. L8: US military. L9: flat, no NBC.
Casualty card completed {stamp} by {rn_initial}; TQ on at {time}. Wife {kin_full} notified by the rear detachment.""",
)

INFUSION_CHAIR_LOG = (
    """ONCOLOGY INFUSION RECORD - {unit_name}
Patient: {pt_formal}   MRN: {mrn}   DOB: {dob}
Regimen: carboplatin {auc} + paclitaxel {dose_mgm2}, cycle {cycle} day 1, {visit}
Pre-meds at {time}: dexamethasone 12 mg, diphenhydramine 25 mg, famotidine 20 mg.
Identity confirmed at the chair by palm-vein scan {bio}. Port accessed with 20G needle, brisk blood return. Port UDI {udi}.
Pump: {pump_brand}, serial {serial}.
Labs: ANC {anc}, Hgb {hgb}, Plt {plt}.
Infusion nurse: {rn_full}, RN ({lic}). Oncologist: Dr. {md_last}.
Next cycle {next}. Pharmacy order {rx}.""",
    """Chair {bed} -- {pt_full} -- cycle {cycle}
arrived {stamp}, accompanied by husband {kin_first}.
Keytruda 200 mg IV over 30 min, no reaction.
Home pump (CADD) disconnected; pump serial {serial2}; returned to pharmacy per {staff_full}.
Tumor marker specimen sent, accession {accession}.
Pt asks that results go to her personal email {email} rather than the portal.
d/c home to {city} at {time2}; next {next}.""",
    """INFUSION REACTION NOTE
{pt_mid}, MRN {mrn}, was receiving {onc_drug} on {visit} when at minute 12 she developed flushing and chest
tightness. Infusion stopped, NS wide open, hydrocortisone 100 mg IV, diphenhydramine 50 mg IV given.
BP {bp}, HR {hr}, SpO2 {spo2}. Symptoms resolved in 20 minutes.
Rapid response not called. Dr. {md_full} at bedside; fellow {md2_full} notified.
Reported to the pharmacy safety line {phone}, event number {case}. Daughter {kin_full} updated by phone
at {phone2}. Lives at {street}, {unit}, {city}, {state} {zip}.""",
    """Patient | MRN | Date | Drug | Dose | Nurse
{pt_caps} | {mrn} | {visit} | {onc_drug} | {dose_mg} | {rn_initial}
{pt_caps} | {mrn} | {next} | {onc_drug2} | {dose_mg} | {rn_initial}
Insurance: member {plan}, group {group}; prior auth {auth} valid through {dc}.
Financial counselor {staff_full}, billing account {acct}.
Portal: {portal_url}""",
    """Nursing note {stamp2}: Ms {pt_last} back for day 8 Herceptin. Her neighbour {peer_first} drove her in from
{hood}. She asks us to update her sister {kin_mid} at {email} after each cycle (release signed {event}).
Temp {temp}, BP {bp}. Port flushed, blood return good. Infusion finished without event; Neulasta on-body
injector applied, device lot-specific serial {serial2}. Next chair time {next} at {time2}. -- {rn_first}, RN""",
)

URGENT_CARE_CHAT = (
    """[{time2}] front desk: hey is the guy in room {room} done? {pt_lower} {pt_last}
[{time2}] np: almost, waiting on the rapid strep
[{time2}] front desk: his mom {kin_first} keeps calling from {phone}
[{time2}] np: tell her dc by 6. dob is {dob} right? chart says {mrn}
[{time2}] front desk: yep. insurance card scanned, member id {plan}
[{time2}] np: ok thx. send the school note to {email}""",
    """patient portal message -- sent {stamp} (client {ip})
from: {pt_full} <{email}>
hi, i was seen at your {city} clinic on {visit} for a cut on my hand (got 4 stitches). the doctor
({md_first}?) said to come back in 10 days. can i come {next} instead? also my new address is {street},
{city2} {zip}. the selfie i uploaded for check-in is {photo} if you need to match my face.
thanks, {pt_first}""",
    """URGENT CARE VISIT {fin}
PT: {pt_caps}   DOB {dob}   SEX F
ARRIVAL {stamp}   ROOM {room}
CC: dog bite L forearm, dog belongs to neighbor {peer_full} at {street2}.
Kiosk check-in by fingerprint, template {bio}. Animal control notified, report #{case}.
Vitals T {temp_f} F, HR {hr}, BP {bp}.
Wound irrigated, not closed. Augmentin 875 mg BID x5 days, Tdap given (lot on MAR).
Provider: {md_mid}, PA-C (NPI {npi}).
Photo ID scanned to chart: {photo}.
Work note faxed to employer at {fax}.""",
    """uc triage chat log
tech: 1 more walk-in, {pt_first} {pt_last}, {age90} yo??
rn: yes {age90}, husband is {age90b}, lives alone at {street}, neighbor {peer_first} brought her in
tech: bp {bp} hr {hr} spo2 {spo2}
rn: ok bed {bed}. call her son {kin_full} at {phone}
tech: he's in {city2}, says he'll come by tonight
rn: medicare # on the card is {mbi}, put it in before billing yells""",
    """text thread w/ pt (consented to SMS)
clinic: hi this is the walk-in clinic re: your x-ray from {visit}. pls call {phone}
pt: who is this
clinic: clinic in {city}. is this {pt_first}?
pt: yes. my husband {kin_first} has the kids, can u call him at {phone2} instead
clinic: we need your ok on file first. reply YES to allow
pt: YES. also my insurance changed, new id {plan} group {group}""",
)

LACTATION_CONSULT = (
    """LACTATION CONSULTATION
Mother: {pt_full}   MRN {mrn}   Baby: Baby Boy {pt_last} (encounter {fin})
Delivery: {adm} at {time}, SVD, APGAR {apgar}, GA 39w2d.
Seen {visit} on {unit_name}. Latch: shallow, LATCH score 6. Nipple trauma bilateral; lanolin given.
Hospital-grade pump rental: {breast_pump}, serial {serial}, return by {next}.
Plan: pump after feeds x8/24h, weigh baby at the outpatient scale visit.
Follow-up at the breastfeeding clinic in {city}. Father {kin_full} at bedside, phone {phone}.
{staff_full}, IBCLC ({lic})""",
    """Outpatient lactation visit, {visit}
Infant {kin_first} {pt_last}, {age_weeks} days old, wt gain 28 g/day since {prior}.
Mom {pt_first} reports pain 3/10, supply improving on domperidone 10 mg TID (Rx {rx}).
Tongue-tie evaluation: Hazelbaker score 9/14. Referred to Dr. {md_full} for frenotomy {next}.
Insurance covers pump: member {plan}, claim {claim}.
Home visit address: {street}, {unit}, {city} {zip}.
Consultant: {rn_mid}""",
    """Feeding log review (sent by mom via {log_url})
date        feeds  wet  dirty
{prior}     8      6    3
{event}     9      7    4
{visit}     10     6    4
Weight today 3.4 kg. Mom {pt_formal} emails from {email}; best number {phone2}.
Pump flange resized to 24 mm. Pump serial {serial2}.
Signed {staff_initial}, IBCLC""",
    """CONSULTA DE LACTANCIA / LACTATION CONSULT
Nombre de la madre / Mother: {pt_full}
Fecha de nacimiento / DOB: {dob}
Fecha de parto / Delivery: {adm}
Dirección / Address: {street}, {city}, {state} {zip}
Teléfono / Phone: {phone}
Seguro / Insurance: Medicaid {medicaid}
Baby feeding every 2-3 h, latch improved after football hold. Mastitis signs absent.
Consultora / Consultant: {staff_full}; médico / physician: Dr. {md_last}.""",
    """lactation phone f/u -- {visit}
spoke with {pt_first}. baby {kin_first} now 2 wks, back to birth weight as of {event}. latch comfortable,
nipple healing. still using rental pump (serial {serial}); will return to {street2} location by {next}.
mom asked about returning to work at the school district on {dc} -- discussed pumping schedule and
her right to break time. photo of the latch she texted from {phone} reviewed ({photo}, shows baby's face
and hers).
{staff_first}, IBCLC""",
)

SPORTS_PREPARTICIPATION = (
    """PREPARTICIPATION PHYSICAL EVALUATION - CLEARANCE FORM
Athlete: {pt_full}        Sex: M      Age: {age_teen}     SSN (insurance): {ssn}
Date of birth: {dob}      Student ID: {student}
School: {city} High School      Sport(s): football, wrestling
Parent/guardian: {kin_full}, {phone}, {email}
Athlete headshot for the team badge: {photo}
History: one concussion in {year2}, cleared by {md2_full}. No syncope with exertion.
Exam: BP {bp}, HR {hr}, ht {ht}, wt {wt}. Beighton 2/9. Murmur none supine or standing.
[x] Cleared for all sports without restriction
Physician: {md_formal}  NPI {npi}   Date: {visit}""",
    """sports med clinic -- {visit}
{pt_first} {pt_last} (student id {student}) is a junior point guard seen for L knee pain after
a game in {city2} on {event}. Lachman negative, McMurray positive medially.
MRI ordered, auth {auth}. Athletic trainer {staff_full} will hold from practice until read.
Mom {kin_first} would like results by text to {phone2}.
- {md_initial}, sports medicine""",
    """CONCUSSION RETURN-TO-PLAY LOG
Name: {pt_caps}           DOB: {dob}
Injury: {event} (helmet-to-helmet, no LOC)       SCAT6 symptom score {score}
Stage 1 symptom-limited activity ....... {visit}
Stage 2 light aerobic .................. {next}
Stage 5 full contact ................... pending
ImPACT baseline file: impact_{student}_baseline.pdf, uploaded from {ip}
AT: {staff_mid}   Team physician: {md_full}, license {lic}""",
    """Dear Coach {peer_last},
{pt_full} was seen in our sports medicine clinic on {visit} for a right wrist injury sustained during
practice at the field house on {street}. X-rays show no fracture. She may return to swimming in a
waterproof brace starting {next}. Please call our office at {phone} or fax forms to {fax}.
Sincerely,
{md_full}, DO, primary care sports medicine
{facility}""",
    """ATHLETIC TRAINING ROOM - INJURY REPORT
Athlete {pt_caps}, #23, student ID {student}
Date of injury: {event}    Event: away meet at {city2}
Mechanism: landed on a teammate's foot, inversion. Ottawa ankle rules negative.
Treatment: ice, compression, crutches. Parent {kin_full} notified at {time2} ({phone}).
Team physician Dr. {md_last} to see {next}. Entered by {staff_full}, ATC, license {lic}""",
)

OTP_DOSING = (
    """OPIOID TREATMENT PROGRAM - DAILY DOSING RECORD
Patient: {pt_formal}     Program ID: {subject}     DOB: {dob}
Identity verified by palm-vein scan template {bio} and photo on file {photo}.
Date: {visit}  Time: {time}
Methadone liquid 90 mg observed, swallowed, spoke after dose. Take-homes: 2 (Sat/Sun), lockbox checked.
UDS {event}: positive methadone, negative fentanyl.
Dosing nurse: {rn_full}, {lic}. Counselor: {staff_first}.""",
    """OTP counseling note -- {visit}
{pt_first} ({pt_last}) attended individual session, 45 min. Working on relapse prevention plan.
Reports 120 days without illicit use. Currently living with sister {kin_full} at {street}, {unit},
{city}. Works at the warehouse on the night shift (employee {employee}); supervisor aware of dosing schedule.
Court liaison: probation case {case}, officer {peer_full}, {phone2}.
Counselor: {staff_mid}, LADC""",
    """MAT intake -- buprenorphine induction
name {pt_caps}
dob {dob} | ssn {ssn} | medicaid {medicaid}
addr {street}, {city} {zip}, {county}
cows at start {score}, started 4 mg SL at {time}, repeat 4 mg at 2h, cows down to 5.
naloxone kit dispensed, rx {rx}.
prescriber {md_full}, DEA {dea} (X-waiver era no longer required)
pdmp checked {stamp}""",
    """GUEST DOSING REQUEST (courtesy dosing while traveling)
Home program fax: {fax}    Visiting program phone: {phone}
Patient: {pt_full}   DOB: {dob}   Program ID: {subject}
Traveling to {city2} for a funeral {next} through {dc}
Current dose: methadone 110 mg daily, last dose at home clinic {visit}
Medical director: {md_mid}   Contact: {email2}
Patient photograph attached: {photo}
Verification form: {url}""",
    """take-home eligibility review -- {visit}
{pt_full} has been in treatment since {prior}, negative UDS x90 days, employed, stable housing at
{street}, {unit}, {city}. Lockbox verified at home visit by {staff_full} on {event}. Approved for 6 take-homes
per week. Biometric dispensing station re-enrolled ({bio}) after the hand injury. Medical director
{md_formal} concurs. Pharmacy record {rx}.""",
)

UTILIZATION_REVIEW = (
    """UTILIZATION REVIEW - CONCURRENT REVIEW
Member: {pt_formal}   Member ID: {plan}   Group: {group}
Facility: {facility}   Admit: {adm}   Review date: {visit}
Attending: {md_full}, NPI {npi}
Dx: {icd}  Procedure: {cpt}
Clinical: day {day_n} of stay, still on IV antibiotics, WBC trending down, afebrile 24 h.
Criteria: InterQual acute adult met for continued stay x2 days.
Auth reference: {auth}. Next review {next}.
UR nurse: {rn_full}, RN, direct {phone}, fax {fax}""",
    """PEER-TO-PEER REQUEST
From: {md_formal} (licence {lic})
To: medical director, {email2}
Re: denial of inpatient level of care for {pt_full}, DOB {dob}, claim {claim}
Requested times: {next} between 1 and 3 pm ET; callback {phone2}.
Summary: 82-year-old with sepsis from a urinary source, lactate 4.1 on arrival, required pressors for 6 hours.
Submitted through the provider portal from {ip}. Medicare MBI {mbi}. SSN on the denial letter: {ssn}.""",
    """ur notes -- {stamp}
called {facility} ur dept ({phone}), spoke w/ {staff_first}. pt {pt_caps} still inpt, los {day_n} d.
pending snf placement in {city2}; family ({kin_full}) prefers something near {hood}.
case # {case}, acct {acct}. will re-review {next}.""",
    """NOTICE OF DETERMINATION
Date: {sign}
{pt_full}
{street}
{city}, {state} {zip}
Member ID: {plan}     Claim number: {claim}    Account: {acct}
Service: home health skilled nursing (G0299), from {visit} to {dc}
Determination: APPROVED for 6 visits.
Questions: {phone} (TTY 711), write to {pobox}, {city2} {zip2}, or visit {url}
Reviewer: {md_mid}, MD""",
    """FAX COVER -- URGENT PRIOR AUTHORIZATION
To: utilization management   Fax: {fax}   Phone: {phone}
From: {staff_full}, {facility}
Date: {sign}   Pages: 7
Re: {pt_full}   DOB {dob}   Member {plan}   Medicaid {medicaid}
Requesting inpatient rehab admission from {dc}. Attending {md_full}, NPI {npi}. Auth requested {auth}.""",
)

TRIAL_MONITORING = (
    """MONITORING VISIT REPORT - Interim
Protocol: phase II, site 014
Visit date(s): {visit} to {dc}
CRA: {staff_full} ({email2})
Principal investigator: {md_full}; sub-I {md2_full}
Subjects reviewed: {subject} (randomized {prior}), consent version 3.0 signed {event}.
Finding 1: SAE (hospitalization for pneumonia, onset {event}) reported late to sponsor.
Finding 2: ECG machine serial {serial} calibration log missing after {prior}.
EDC audit trail shows entries from {ip} outside site hours.
Site EDC account page: {url}
Action items due {next}.""",
    """CRA follow-up letter
Dear Dr. {md_last},
Thank you for hosting the monitoring visit at {facility} on {visit}. Source data verification for
subject {subject} found the date of birth in the EDC ({dob}) differs from the chart (MRN {mrn}).
Please correct and re-sign by {next}. Drug accountability: IP kit numbers reconciled; pump serial
{serial2} returned. Questions to {phone} or {email2}.
Regards, {staff_mid}""",
    """subject log (site 014)
subj id       | initials | consent     | status
{subject}   | {pt_initial} | {event} | on treatment
screen fail    | --       | --          | not eligible (eGFR)
Subject {pt_full}'s wearable accelerometer {udi} synced from {ip} on {visit}.
Gait template {bio} stored in the sponsor vault, not in site files.""",
    """PROTOCOL DEVIATION FORM
Subject ID: {subject}    Site: {city} research unit
Date of deviation: {event}    Date identified: {visit}
Description: subject (a {age90}-year-old enrolled under the amended age criteria) received study dose
outside the visit window. Investigator {md_full} notified {stamp}.
Reported by: {staff_caps}   Phone: {phone}   Workstation IP: {ip}
Sponsor query reference: {case}""",
    """Remote monitoring note {stamp}
Reviewed the eCRF for subject {subject} remotely (VPN from {ip}). AE log shows grade 2 neutropenia on {event},
consistent with the lab at the local lab (accession {accession}). Coordinator {staff_first} {staff_last}
({email2}) will upload the missing ECG tracing from device {serial}. PI {md_full} to sign off by {next}.
Next on-site visit {dc}.""",
)

DIALYSIS_RUN = (
    """HEMODIALYSIS TREATMENT SHEET
Patient: {pt_caps}   MRN: {mrn}   Medicare: {mbi}   SSN: {ssn}
Date: {visit}   Chair: {bed}   Machine: {hd_machine} serial {serial}
Patient ID: palm-vein template {bio} matched at check-in.
Access: L AVF, thrill present, 15G needles x2.
Pre: BP {bp}, wt {wt}. Target UF 2.5 L. Dialysate 2K/2.5Ca. Blood flow 400.
Post: BP {bp}, Kt/V {ktv}.
Heparin 2000 units bolus. Epogen per protocol. Venofer 100 mg.
RN: {rn_full}   PCT: {staff_first}   Nephrologist: Dr. {md_last}
Transportation: county van, pickup at {street}, {city}""",
    """dialysis unit progress note -- {stamp}
{pt_full} ({age90} y/o) missed {count} treatments last month; daughter {kin_first} says transport
didn't show up in {hood}. K {k} today. Social work ({staff_full}) to set up a ride; ride company
confirmation {case}.
Pt's pacemaker, {udi}, interrogated {prior} without issue.
MD: {md_initial}""",
    """MONTHLY LABS - HD UNIT
Name: {pt_formal}       DOB: {dob}       Acct: {acct}
Draw date: {visit}
Hgb {hgb} | K {k} | Na {na} | Phos 5.8 | Ca 8.9 | PTH 410 | Albumin 3.6
Accession {accession}
Sevelamer increased to 1600 mg TID with meals.
Transplant referral sent to {facility}, coordinator phone {phone}, fax {fax}.""",
    """Home hemodialysis training checklist
Trainee: {pt_full}   Care partner: {kin_mid}
Home address for machine install: {street}, {unit}, {city}, {county}, {zip}
Water test done {event}; cycler serial {serial2}
Training started {prior}; independent runs from {visit}
Training videos for the family: {url}
Training nurse: {rn_mid}, license {lic}. Emergency line {phone2}.""",
    """Nephrology rounds -- chair {bed}
Mr. {pt_last} ({pt_mid}) tolerated 3.5 h run, UF 2.8 L, post BP {bp}. Kt/V {ktv}. He was in {city2} visiting
his son {kin_first} last week and dialyzed as a transient at {facility} on {prior}; their records
(MRN {mrn} there) are in the chart. Lives in {county}. Access surveillance {next}. -- Dr. {md_last}""",
)

HOSPICE_BEREAVEMENT = (
    """BEREAVEMENT FOLLOW-UP CALL - 30 DAY
Decedent: {pt_full}, died {death} at home, age {age90}
Primary bereaved: {kin_full} (daughter), {phone}
Call date: {visit}
She describes sleeping poorly and "talking to Mom" in the kitchen. No risk indicators. Invited to the
grief support group that meets Tuesdays at the library in {city}.
Mailing for memorial service: {street}, {city2} {zip}
Family shared a portrait of her for the memorial slideshow ({photo}).
Bereavement coordinator: {staff_full}""",
    """hospice idg note, {visit}
pt {pt_caps}, {age90}, end-stage CHF. PPS 30%. family at bedside: wife {kin_first}, grandson {peer_full}.
chaplain visit requested. morphine concentrate 5 mg SL q2h prn, lorazepam 0.5 mg q4h prn.
death pronounced {stamp2} by RN {rn_full}; funeral home notified at {phone2}.
md: {md_last} signed the death certificate, cert no. {lic}.""",
    """Condolence letter mailing list -- generated {sign}
{kin_formal} | {street} | {city} | {zip} | relation: son | deceased {pt_full} ({death})
{peer_formal} | {street2} | {city2} | {zip2} | relation: friend
Online memorial page: {url}
Sent by {staff_initial}, volunteer coordinator, {email2}""",
    """HOSPICE ELECTION STATEMENT
Patient name: {pt_full}
Medicare beneficiary identifier: {mbi}
Date of birth: {dob} ({age90} years)
Effective date of election: {visit}
Attending physician of choice: {md_full}, NPI {npi}
Social Security number: {ssn}
Mailing address: {pobox}, {city} {zip}
Representative: {kin_full}, {phone}
I understand that hospice care is palliative, not curative. Signed {sign}.""",
    """13-month bereavement closing note
{kin_full} lost her mother, {pt_full}, who died at {age90} on {death} in {city}. Over the year she attended
{count} support group sessions and received 4 mailings at {street}. At today's call ({visit}) she reports the
anniversary was hard but she is sleeping better. Closing the file. Reach her at {email} if the family asks
about the memorial garden. -- {staff_first}""",
)

TELEPSYCH = (
    """TELEPSYCHIATRY SESSION NOTE
Patient: {pt_formal}   MRN {mrn}   DOB {dob}
Session: {stamp} via secure video ({tele_url}); patient located at home in {city}, {state}
Patient IP logged for the location attestation: {ip}
Identity confirmed by face match to {photo}.
CC: worsening depression. PHQ-9 {score}. Denies SI/HI.
Plan: increase Lexapro to 20 mg; therapy with {staff_full} weekly.
Emergency contact: {kin_full}, {phone}.
Psychiatrist: {md_mid}, licensed in {state} ({lic})""",
    """video visit chat transcript
[{time2}] {md_first}: hi {pt_lower}, can you hear me ok?
[{time2}] {pt_first}: yes, a bit laggy. i'm at my sister's place in {city2}
[{time2}] {md_first}: thanks, i need your current address for the record
[{time2}] {pt_first}: {street}, {unit}, {zip}
[{time2}] {md_first}: and best number if we drop?
[{time2}] {pt_first}: {phone}
[session ended {stamp2}]""",
    """TELEHEALTH CONSENT & SESSION LOG
Client: {pt_full}       Voice authentication ID: {bio}
Consent signed electronically {event} from {ip}
Sessions: {prior}, {visit}; next {next}
Therapist: {staff_mid}, LCSW {lic}
Crisis plan on file. Safe person: {peer_full} ({phone2}).""",
    """psych med mgmt -- telehealth -- {visit}
{pt_full} ({age}) w/ bipolar I, on lithium 600 mg BID; level 0.8 on {event} (accession {accession}).
TSH normal. sleeping 7 h. wife {kin_first} joined the call for 10 minutes.
rx sent to pharmacy, {rx}. pharmacy fax {fax}.
rtc 6 wks. {md_initial}""",
    """Collateral call, {visit}: spoke with {kin_full} ({kin_first} is the patient's partner) at {phone}.
{pt_first} has been staying with friends in {hood} since {event} after an argument. Partner worried about
drinking; no weapons in the home at {street}. Advised 988 and the county mobile crisis team. Patient
aware of call and consented on {prior}. -- {md_full}, MD""",
)

WORKCOMP_FIRST_REPORT = (
    """EMPLOYER'S FIRST REPORT OF INJURY
Employee: {pt_formal}   Employee ID: {employee}   SSN: {ssn}
Home address: {street}, {city}, {state} {zip}
Date/time of injury: {stamp}
Location of injury: loading dock, {street2}, {city2}
Description: forklift (VIN {vin}, plate {plate}) reversed into employee's left foot.
Treating facility: {facility}; physician {md_full}
Claim number: {claim}   Carrier contact: {email2}, fax {fax}
Timeclock fingerprint template on file: {bio}
Supervisor: {staff_full}, {phone}""",
    """occ health visit -- {visit}
pt {pt_caps} (emp id {employee}) back for recheck of L crush injury to foot from {event}.
swelling down, weight bearing with walking boot. work status: seated duty only until {next}.
wc claim {claim}, adjuster {peer_full} ({phone2}).
dl on file {dl} (needed for return to driving duties).
{md_last}, DO""",
    """RETURN TO WORK FORM
Patient: {pt_full}       DOB: {dob}       Case: {case}
Employer: the regional distribution warehouse, HR contact {staff_first} {staff_last}, {email2}
Date of exam: {visit}
Restrictions: no lifting > 20 lb, no ladders, may drive company truck (plate {plate}) from {next}.
Carrier portal for status: {url}
Provider: {md_mid}, NPI {npi}, license {lic}""",
    """INCIDENT WITNESS STATEMENTS (attached to claim {claim})
Witness 1: {peer_full} - "I saw {pt_first} step off the dock at about {time2}."
Witness 2: {kin_full} - "The truck was backing up, VIN {vin} I think it was the new one."
Dashcam file: dock_cam_{employee}.mp4
Statements collected {visit} by {staff_formal}.""",
    """ADJUSTER CALL LOG
{stamp} -- called {pt_full} at {phone}, no answer, voicemail left.
{stamp2} -- {pt_first} returned call from {phone2}. States still in boot. PT at the clinic on {street2}.
Employer rep {staff_full} confirms light duty is available. Claim {claim}; employee {employee}.
Medical bills to {pobox}, {city} {zip}. Next diary {next}. -- {peer_full}, adjuster""",
)

AUDIOLOGY_FITTING = (
    """HEARING AID FITTING & ORIENTATION
Patient: {pt_full}   DOB: {dob}   Age: {age90}
Fitting date: {visit}
Devices: {aid_brand} RIC, R serial {serial}, L serial {serial2}
Real-ear verification to NAL-NL2 targets; feedback manager run.
Warranty registered online at {portal_url}. Loss/damage covered until {next}.
Audiologist: {md_full}, Au.D., license {lic}
Daughter {kin_first} will help with charging; call {phone} for questions.""",
    """audiology recheck -- {stamp}
{pt_first} {pt_last} says the L aid whistles in church. remote fine-tuning done via app, session
from {ip}. new domes fitted. speech in noise QuickSIN {score} dB SNR loss.
repair sent to manufacturer, RMA {case}, device {serial2}.
{md_initial}, Au.D.""",
    """COCHLEAR IMPLANT ACTIVATION
Name: {pt_formal}   MRN: {mrn}
Implant surgery: {prior} at {facility}
Internal device UDI: {udi}
Processor serial: {serial}
Activation: {visit}; electrode impedances within normal limits.
Insurance: {plan}; auth {auth}
Surgeon: Dr. {md2_last}; audiologist {md_full}""",
    """Hearing aid voucher program - referral
Veteran/member: {pt_caps}    Member ID: {plan}    Group: {group}
Referring clinic fax: {fax}
Address: {street}, {unit}, {city}, {zip}
Audiogram date: {event}; PTA R {count}0 dB / L {count}5 dB
Referral by {md_formal}, {email2}, on {visit}""",
    """Tinnitus management session
Pt: {pt_formal}, {age90} yo, MRN {mrn}. Seen {visit}. Sound generator enabled on both aids (serials {serial}, {serial2}).
TFI score {score}. Wife {kin_first} reports he sleeps with a fan. Counselled on CBT-based program
(login issued at {portal_url}). Next visit {next}. Audiologist {md_initial}.""",
)

JAIL_INTAKE = (
    """COUNTY DETENTION CENTER - MEDICAL INTAKE SCREENING
Inmate: {pt_caps}     Booking #: {inmate}     DOB: {dob}     SSN: {ssn}
Booking date/time: {stamp}
Fingerprint record (AFIS): {bio}   Booking photo: {photo}
Facility: {county} Detention Center
Current meds: methadone 80 mg daily from an outside clinic, last dose {event} (verified by phone {phone}).
Withdrawal risk: high; COWS {score}. Placed on medical watch.
Screening nurse: {rn_full}, {lic}""",
    """jail infirmary progress note -- {visit}
pt {pt_first} {pt_last}, booking {inmate}, {age} yo, day {day_n} of alcohol withdrawal, CIWA {score}.
BP {bp} HR {hr}. lorazepam taper continues. sister {kin_full} called the facility asking for an update,
told her we cannot share without a release. release request faxed to {fax}.
{md_caps}, MD""",
    """INTER-FACILITY MEDICAL TRANSFER SUMMARY (DOC)
Name: {pt_formal}        DOC #: {inmate}        SSN: {ssn}
Transferring from: {county} jail    Receiving: state reception center, {city}
AFIS fingerprint record: {bio}
Transport vehicle: plate {plate}
Date of transfer: {next}
Problems: HCV Ab positive ({accession}), latent TB (IGRA positive {prior}), HTN on lisinopril 20 mg.
Booking photograph forwarded: {photo}
Prepared by {rn_initial}, RN; reviewed by {md_full}""",
    """Sick call request (inmate handwritten, transcribed)
Name {pt_full}   Pod {bed}   # {inmate}
"my tooth been hurting 4 days cant eat. also i need my glasses from my house, my mom {kin_first}
{kin_last} can bring them, she at {street} in {city}, her number is {phone}"
Triage {stamp}: dental line scheduled {next}. Ibuprofen 400 mg x3 days. - {rn_initial}""",
    """Release planning note -- {visit}
{pt_full} (booking {inmate}) expected release {dc}. Will live with aunt {kin_full} at {street}, {city}, {zip}.
Naltrexone injection given {event}; bridge script sent, {rx}. Medicaid reactivation submitted, ID
{medicaid}. Community clinic intake scheduled {next} at {time2}; clinic phone {phone}. -- {staff_mid}, discharge planner""",
)

IFT_TRANSPORT = (
    """INTERFACILITY TRANSFER - PATIENT CARE REPORT
Unit: Medic 14   Vehicle plate: {plate}   VIN: {vin}
Incident #: {case}   Date: {visit}
Pickup: {facility}, ED    Destination: {city2} tertiary cath lab
Patient: {pt_full}, {age90} y/o F, DOB {dob}
Dx: STEMI inferior. Heparin drip 12 units/kg/h via {pump_brand}, serial {serial}.
Vitals en route q5min: BP {bp}, HR {hr}, SpO2 {spo2}.
Crew: {rn_full} (paramedic, lic {lic}), {staff_full} (EMT)
Receiving MD: Dr. {md_last}; report called to {phone}""",
    """transfer center call log -- {stamp}
sending: {facility}, dr {md2_full}, callback {phone}
accepting: dr {md_full}
pt {pt_caps} ({mrn}), 67M, SAH on CT, GCS {gcs}
mode: ALS ground, rig plate {plate}; ETA {time2}
family (wife {kin_first}) driving from {city}, cell {phone2}""",
    """CRITICAL CARE TRANSPORT - BILLING SHEET
Patient: {pt_formal}    SSN: {ssn}    Medicare MBI: {mbi}
Secondary: Medicaid {medicaid}
Account: {acct}   Run date: {visit}
From: {street}, {city} {zip}  To: {facility}
Loaded miles: 42   Vehicle VIN: {vin}
Medical necessity signed by {md_full}, NPI {npi}""",
    """air medical hand-off
pt {pt_full}, {age90}, fall from standing, GCS {gcs}, on Eliquis. scene: {street2}, {hood}, {city2}.
helicopter tail number {plate}. LVAD? no. pacemaker yes, card shows {udi}.
flight RN {rn_first} {rn_last}; time of hand-off {time}.""",
    """PCR narrative: Medic 7 dispatched {stamp} for a transfer from the {facility} ICU. Pt {pt_full} ({age90}),
intubated, propofol and norepinephrine via {pump_brand} (serial {serial}). Report received from RN {rn_full}.
Daughter {kin_first} riding up front. Arrived at {city2} receiving hospital {stamp2}; care to Dr. {md_last}.
Rig {plate}. No changes en route. Crew {staff_initial} / {peer_initial}.""",
)

DME_DELIVERY = (
    """DELIVERY TICKET - HOME MEDICAL EQUIPMENT
Customer: {pt_full}       Account: {acct}
Deliver to: {street}, {unit}, {city}, {state} {zip}
Phone: {phone}      Alt: {phone2}
Item: {o2_brand}    Serial: {serial}    UDI: {udi}
Item: portable concentrator, serial {serial2}
Ordering physician: {md_formal}, NPI {npi}
Insurance: {plan} / Medicare {mbi}
Delivered {stamp} by driver {staff_first}, truck plate {plate}
Track delivery: {url}
Received by: {kin_full} (wife)""",
    """dme intake note
caller {kin_first} (son of pt {pt_caps}, dob {dob}) says the cpap stopped blowing air last night.
web order came from {ip} last week. unit serial {serial}. swapped under warranty, new serial {serial2} going out {next}.
driver to call {phone} 30 min before arrival; gate code on file; lives off {street} near {city2}.
intake rep {staff_initial}""",
    """CERTIFICATE OF MEDICAL NECESSITY - OXYGEN
Patient: {pt_formal}   DOB: {dob}   HICN/MBI: {mbi}   SS#: {ssn}
Supplier: home medical supply, {city}, fax {fax}
Qualifying test date: {event}; SpO2 at rest 86% on room air.
Flow 2 L/min continuous, 24 h/day. Length of need: 99 months.
Physician: {md_full}, NPI {npi}, signed {sign}
Order #: {rx}""",
    """Pickup request -- equipment return
{pt_full} passed away on {death}; family ({kin_full}, {email}) asks for pickup of hospital bed
(serial {serial}) and oxygen concentrator (serial {serial2}) from {street}, {city} {zip}.
Scheduled {next}. Account {acct} closed after pickup.""",
    """Setup visit: arrived at {street}, {unit} ({city}) at {time2}. Pt {pt_first} {pt_last} and daughter {kin_first}
present. Set up {cpap_brand}, serial {serial}, humidifier, medium nasal mask. Reviewed cleaning. Modem
registered to account {acct}; first upload from {ip} confirmed. Next resupply {next}. Tech {staff_full}
(cell {phone2}).""",
)

BIOBANK_CONSENT = (
    """CONSENTEMENT / CONSENT - BIOBANQUE
Nom du participant / Participant name: {pt_full}
Date de naissance / DOB: {dob}
Numéro d'étude / Study number: {subject}
Adresse / Address: {street}, {city} {zip}
Courriel / Email: {email}
Je consens au stockage de mes échantillons. Specimen accession: {accession}
Signature date: {sign}   Témoin / Witness: {staff_full}""",
    """FORMULARIO DE CONSENTIMIENTO - BIOBANCO
Participante: {pt_caps}
Fecha de nacimiento: {dob}
Número de participante: {subject}
Teléfono: {phone}
Fecha de consentimiento: {visit}
Muestra / specimen: {accession}
Persona que obtiene el consentimiento: {staff_mid}
Investigador principal: Dr. {md_last}""",
    """biobank specimen manifest -- shipped {stamp}
tube    | subject     | collected  | type
A1      | {subject} | {event}    | plasma
A2      | {subject} | {event}    | buffy coat
donor {pt_initial}, {age90} years at collection (centenarian cohort), recruited in {city}.
courier tracking via {url}; manifest emailed to {email2}""",
    """EINWILLIGUNG / CONSENT WITHDRAWAL
Teilnehmer / Participant: {pt_formal}
Geburtsdatum / DOB: {dob}
Studien-ID / Study ID: {subject}
Withdrawal received {visit} by letter from {street}, {city2}.
Destroy remaining aliquots ({accession}); keep data already analysed.
Processed by {staff_full}, biobank manager, phone {phone2}""",
    """Recontact log (biobank)
{visit}: mailed recontact letter to participant {subject} ({pt_full}) at {street}, {city}, {zip}.
{next}: no reply; called {phone}, spoke with {kin_first}, who said {pt_first} moved to {city2}.
Updated e-mail {email}. Consent for genomic return of results obtained by {staff_full} on {dc}.""",
)

SLEEP_STUDY = (
    """POLYSOMNOGRAPHY REPORT - IN-LAB DIAGNOSTIC
Patient: {pt_formal}   MRN: {mrn}   DOB: {dob}
Study date: {visit}   Lights out {time}   Lights on 0540
Referring: {md2_full}, fax {fax}
AHI {ahi}/h, RDI {ahi}/h, nadir SpO2 {spo2}, T90 {pct}.
Impression: obstructive sleep apnea.
Recommendation: auto-CPAP 5-15 cm H2O. Device issued: {cpap_brand}, serial {serial}.
Interpreting physician: {md_full}, board certificate {lic}""",
    """sleep tech notes -- night of {visit}
pt {pt_first} {pt_last} arrived {time2} with wife {kin_first}. ESS {score}.
split night criteria met at 0210, CPAP titrated to 9 cm. full face mask, medium.
video file {photo} retained for parasomnia review (face visible).
tech {staff_full}, RPSGT""",
    """CPAP COMPLIANCE DOWNLOAD
Name: {pt_caps}   DOB: {dob}   Insurance ID: {plan}
Device serial: {serial}   Modem IP at last upload: {ip}
Period: {prior} to {visit}
Usage >= 4 h on {pct} of nights; residual AHI {ahi}.
Cloud report: {url}
Reviewed by {md_initial}; faxed to payer at {fax}""",
    """Home sleep apnea test - device return log
Patient {pt_full}, {street}, {city} {zip}, phone {phone}
HSAT device serial {serial2} picked up {event}, returned {visit}
Study uploaded; scored by {staff_formal}
Result: AHI {ahi}. Follow-up {next} with Dr. {md_last}.""",
    """Sleep medicine f/u -- {visit}
{pt_full}, {age}, long-haul driver (CDL {dl}). AHI on HSAT was {ahi}. On APAP since {prior}, usage {pct} of
nights, residual AHI 2.1. DOT medical examiner form faxed to {fax}. Employer ({staff_full}) notified of
compliance per his consent. Device {serial}. RTC {next}. {md_formal}, MD""",
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "k_va_disability_exam": VA_CP_EXAM,
    "k_field_sick_call": FIELD_SICK_CALL,
    "k_infusion_chair_log": INFUSION_CHAIR_LOG,
    "k_urgent_care_chat": URGENT_CARE_CHAT,
    "k_lactation_consult": LACTATION_CONSULT,
    "k_sports_preparticipation": SPORTS_PREPARTICIPATION,
    "k_otp_dosing": OTP_DOSING,
    "k_utilization_review": UTILIZATION_REVIEW,
    "k_trial_monitoring": TRIAL_MONITORING,
    "k_dialysis_run": DIALYSIS_RUN,
    "k_hospice_bereavement": HOSPICE_BEREAVEMENT,
    "k_telepsych_session": TELEPSYCH,
    "k_workcomp_first_report": WORKCOMP_FIRST_REPORT,
    "k_audiology_fitting": AUDIOLOGY_FITTING,
    "k_jail_intake": JAIL_INTAKE,
    "k_ift_transport": IFT_TRANSPORT,
    "k_dme_delivery": DME_DELIVERY,
    "k_biobank_consent": BIOBANK_CONSENT,
    "k_sleep_study": SLEEP_STUDY,
}

# Identifier-free notes in the same genres: look-alikes only (no name, place, date, number of a person).
NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """ONCOLOGY INFUSION RECORD - chair {bed}
Regimen: carboplatin {auc} + paclitaxel {dose_mgm2}, cycle {cycle} day {day_n}
Pre-meds at {time}: dexamethasone 12 mg IV, ondansetron 16 mg IV, famotidine 20 mg IV.
ANC {anc}, Hgb {hgb}, Plt {plt}, Cr {cr}. ECOG {ecog}. Pain {pain}.
Infusion via {pump_brand}; rate 250 mL/h. No reaction. prochlorperazine 10 mg given for nausea.
ICD-10 C34.90, Z51.11; CPT 96413, 96417. Next cycle in 21 days.""",
    """sick call log // {unit_name}
time in {time} -- {rank}, {age} y/o male, fever {temp}, HR {hr}, BP {bp}.
rapid strep negative, monospot negative. quarters x24h, fluids, acetaminophen 650 mg q6h.
Centor score 1. RTC if worse. seen by the PA.""",
    """DBQ - SPINE (summary, no identifiers retained)
Forward flexion 0-60 degrees, extension 0-20. Pain on repetitive use. {eponym} test equivocal.
Service period {year} to {year2}. Veteran is {age}. Opinion: less likely than not related to service.
Examiner: staff physician. Diagnostic codes 5237, 5242.""",
    """[{time2}] front desk: room {room} is ready
[{time2}] np: thx, bring in the {age} yo with the sore throat
[{time2}] front desk: vitals bp {bp} hr {hr} temp {temp_f}
[{time2}] np: rapid strep + ... amoxicillin 500 mg bid x10d
[{time2}] front desk: ok. {abx} is out of stock btw""",
    """LACTATION NOTE
Infant {age_weeks} days old, APGAR {apgar}, birth weight 3.2 kg, now down 7%. LATCH 8.
Mom on {lact_drug}; {lact_drug2} compatible with breastfeeding per LactMed.
Pump: {breast_pump}, 24 mm flanges. Feeds q2-3h, 8-12 per day. Plan reviewed with the IBCLC.""",
    """PREPARTICIPATION EXAM - general notes
{age_teen}-year-old athlete, BP {bp}, HR {hr}, BMI {bmi}. Beighton 3/9. {eponym} negative, {eponym2} negative.
No exertional syncope, no family history of sudden death before 50. Cleared for all sports.
ICD-10 Z02.5, CPT 99394.""",
    """OTP DOSING SUMMARY (aggregate)
Census {count}0 patients. Methadone doses range 40-140 mg; mean 92 mg. Buprenorphine {dose_mg} average.
UDS positivity for fentanyl {pct} this quarter, down from 2019. Naloxone kits dispensed: {count}.
HCPCS H0020 billed weekly. Counselor staffing: 3.5 FTE.""",
    """UR criteria summary
Dx A41.9, N39.0. LOS day {day_n}. InterQual subset: acute adult, infection.
IV antibiotics, WBC 14.2 trending down, lactate 1.9. Criteria met for continued stay.
Reviewed by the UR nurse; escalation to the medical director not required. Next review in 48 h.""",
    """MONITORING VISIT - general observations
Site staff trained on protocol amendment 3. ECG machines calibrated. Temperature log for IP storage
2-8 C, excursions none. SAE reporting timelines reviewed (24 h). CRA recommends retraining on
ICH E6(R3) section 4. Enrollment: {count} screened, {count} randomized. Form 1572 current.""",
    """HEMODIALYSIS - unit protocol
Blood flow 400 mL/min, dialysate flow 600, 2K/2.5Ca bath. Target Kt/V >= 1.2 (last {ktv}).
Machine: {hd_machine}. Epogen 4000 units weekly, Venofer 100 mg x10. K {k}, Na {na}, Hgb {hgb}.
Chair {bed}, shift {count}. Bed {room}. ICD-10 N18.6, CPT 90935.""",
    """Hospice IDG - unit notes
PPS 30-40% for the census. Morphine 5 mg SL q2h prn, lorazepam 0.5 mg q4h prn, glycopyrrolate 0.2 mg.
Braden {score}. Patients aged {age} and younger made up {pct} of admissions since {year}.
Chaplain and social worker visits weekly. Bereavement program runs 13 months.""",
    """Telepsych session template
PHQ-9 {score}, GAD-7 {count}. {psych_drug} 20 mg daily, trazodone 50 mg qhs.
Lithium level 0.8 mmol/L, TSH 2.1. Session 53 min, CPT 90837 + 90785. ICD-10 F31.81 or F33.1.
Patient joined from home; crisis line 988 reviewed.""",
    """WORK STATUS - general
Restrictions: no lifting over 20 lb, no ladders, seated duty for 2 weeks. Walking boot.
Pain {pain}. X-ray: no fracture. {eponym} negative. ICD-10 S92.301A, CPT 99203.
Follow up with occupational health in {weeks} weeks.""",
    """HEARING AID FITTING - settings
{aid_brand}, RIC, receiver size M, power 85. NAL-NL2 targets met at 500-4000 Hz.
PTA 45 dB R / 50 dB L. QuickSIN 6 dB SNR loss. ICD-10 H90.3, CPT 92557, V5261.
Battery size 312 or rechargeable. Follow-up in 2 weeks.""",
    """INTAKE SCREENING - general protocol
CIWA {score}, COWS {count}. BP {bp}, HR {hr}, temp {temp}. Withdrawal watch q4h.
PPD placed; IGRA if prior BCG. Medications continued: lisinopril 20 mg, {chronic_drug}.
Mental health referral per the charge nurse. Cell {room}, tier 2.""",
    """TRANSFER - ALS protocol
Heparin 18 units/kg/h, nitroglycerin 0.4 mg SL x3, aspirin 324 mg chewed. GCS {gcs}.
BP {bp}, HR {hr}, SpO2 {spo2}. 12-lead: ST elevation II, III, aVF. Pump: {pump_brand}.
Transport time 38 min, loaded miles 42. Crew: paramedic and EMT.""",
    """DME - product notes
{cpap_brand}: humidifier setting 4, pressure 5-15 cm H2O, ramp 20 min. Filters replaced monthly,
mask cushion every 30 days. Oxygen 2 L/min continuous; concentrator 5 L model, {lot} tubing.
HCPCS E0601, A7030, E1390. Medicare length of need 99 months.""",
    """BIOBANK SOP - aliquots
Plasma 0.5 mL x{count} aliquots, buffy coat x2. Store at -80 C within {hours} hours.
Freezer 7, rack B, shelf 3. Consent version 4.1 approved {year}. Centrifuge 1500 g x 10 min.
Shipping on dry ice, Category B UN3373.""",
    """urgent care - protocol reminders
adult sepsis screen: temp > 38.3, HR > 90, RR > {rr}. INR {inr} on warfarin: hold 1 dose if 3.5-4.5.
A1c {a1c} -- refer to primary care. Fluids: {ml} test bolus in CHF, otherwise 500 mL then reassess.
Tdap if last > 10 years. Avoid fluoroquinolones for simple cystitis over age {age}. Triage room {room}.""",
    """PSG summary (template)
AHI {ahi}/h, RDI {ahi}/h, nadir SpO2 {spo2}, T90 {pct}. Sleep efficiency 78%. REM latency 92 min.
Periodic limb movements 12/h. ESS {score}. CPAP titrated to 9 cm H2O, {cpap_brand}.
ICD-10 G47.33, CPT 95810. Lights out {time}, lights on 0540.""",
)
