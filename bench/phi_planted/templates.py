"""Document-style templates for the planted PHI notes: ``{key}`` is a value from
``phi_planted_values.identity()`` (an identifier) or ``filler()`` (clinical text)."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "discharge_summary": (
        "DISCHARGE SUMMARY\nPatient: {pt}    {dob_label} {dob}    {mrn_label} {mrn}\n"
        "Admission date: {adm}   Discharge date: {dis}\nAttending: Dr. {doc}\n\n"
        "HOSPITAL COURSE: {age}-year-old {sex} admitted with decompensated heart failure ({icd}). "
        "Diuresed with {drug}. Labs on admission: {lab}, {lab2}. EF {ef}.\n"
        "DISCHARGE MEDICATIONS: {drug2}.\nFOLLOW-UP: PCP in 1 week; {phone_label} {phone}.\n"
        "Dictated by: {doc}, MD",
        "Discharge Summary — {pt_full} ({mrn_label} {mrn})\n{dob_label} {dob}. Admitted {adm} to room {room}.\n"
        "Dx: {icd}, {icd2}. Vitals at discharge: {vitals}.\n"
        "Discharged home to {addr_label} {address}. Wife {kin} will assist; contact {phone}.\n"
        "Insurance: {hp_label} {hp}. {acct_label} {acct}.\nElectronically signed by {doc}, DO",
    ),
    "radiology_report": (
        "RADIOLOGY REPORT\nName: {pt}   {mrn_label} {mrn}   {dob_label} {dob}\nExam: CT chest with contrast, {adm} {time}\n"
        "Ordering physician: Dr. {doc}\nFINDINGS: {size} spiculated nodule in the right upper lobe. No effusion.\n"
        "IMPRESSION: Suspicious for malignancy ({icd}).\nRead by: {doc}, MD   Reading room {fax_label} {fax}",
        "MRI BRAIN W/WO — {pt_full}, {mrn_label} {mrn}\nImplanted device: pacemaker, {dev_label} {dev} (MR-conditional).\n"
        "Comparison: {adm}. Findings: {size} enhancing lesion, left frontal lobe.\n"
        "Images available at {url}\nInterpreted by Dr. {doc_last}.",
    ),
    "progress_note": (
        "PROGRESS NOTE {adm}\n{title} {pt_last} is a {age} y/o {sex} seen for follow-up of {icd}.\n"
        "S: Feels better. O: {vitals}. {lab}; {lab2}.\nA/P: Continue {drug}. Recheck {lab3} in 2 weeks.\n"
        "{mrn_label} {mrn}. Patient prefers contact by email {email} or {phone_label} {phone}.\n{doc}, NP",
        "Subjective: {pt_first} {pt_last} ({dob_label} {dob}), {age90} years old, reports improved dyspnea.\nObjective: {vitals}\n"
        "Plan: titrate {drug}. Her daughter {kin} asked for updates at {phone2}.\nSeen by {doc}, PA-C",
    ),
    "referral_letter": (
        "{address}\n\nDear Dr. {doc_last},\n\nRE: {pt}, {dob_label} {dob}, {mrn_label} {mrn}\n\n"
        "Thank you for seeing this {age}-year-old {sex} with {icd} and poorly controlled {lab}. Current "
        "medications include {drug}.\nPlease fax your report to {fax} or call {phone}.\n\n"
        "Sincerely,\n\n{doc}, MD\n{lic_label} {lic}",
        "Referral to Cardiology\nTo: Dr. {doc}\nPatient: {pt}\n{ssn_label} {ssn}\n{hp_label} {hp}\n"
        "{phone_label} {phone}   {fax_label} {fax}\nReason: new AF ({icd}), {vitals}.\nRegards,\n{kin}, RN",
    ),
    "dialogue": (
        "DOCTOR: Good morning, {title} {pt_last}. Can you confirm your date of birth?\n"
        "PATIENT: Sure, it's {dob}.\nDOCTOR: And the best number to reach you?\nPATIENT: My cell is {phone}.\n"
        "DOCTOR: Your {lab} is a bit high, so we'll start {drug}.\nPATIENT: My name is {pt_full}, by the way, and "
        "my wife is {kin}.\nDOCTOR: Thanks. We'll send the plan to {email}.",
        "Nurse: Hi, this is {doc} from the clinic. Is this {pt_full}?\nPatient: Yes. I moved — new address is "
        "{address}.\nNurse: Got it. Your blood pressure log shows {vitals}.\nPatient: Do you need my {ssn_label} {ssn}?\n"
        "Nurse: No need. Your portal is {url}.",
    ),
    "lab_report": (
        "LABORATORY REPORT\nPatient Name: {pt}    {dob_label} {dob}\n{mrn_label} {mrn}    Collected: {adm} {time}\n"
        "Ordering provider: Dr. {doc}\n{lab}\n{lab2}\n{lab3}\nResults verified by {kin}, MT\n"
        "Lab {phone_label} {phone}  {fax_label} {fax}",
        "Pathology — specimen received {adm}\n{pt}; {mrn_label} {mrn}; {acct_label} {acct}\n"
        "Diagnosis: invasive ductal carcinoma, {size}, grade 2 ({icd}).\nPathologist: {doc}, MD",
    ),
    "registration_form": (
        "PATIENT REGISTRATION\nName: {pt}\n{dob_label} {dob}\n{ssn_label} {ssn}\n{addr_label} {address}\n"
        "{phone_label} {phone}\nEmail: {email}\n{lic_label} {lic}\nEmergency contact: {kin}, {phone2}\n"
        "Vehicle: {veh_label} {veh}   {other_label} {other}\n"
        "Primary insurance — {hp_label} {hp}\n{acct_label} {acct}\nCard on file: {card}",
        "Face sheet: {pt} | {dob_label} {dob} | {mrn_label} {mrn} | {ssn_label} {ssn} | age {age90}\n{address}\n"
        "{veh_label} {veh} | {other_label} {other}\n"
        "{hp_label} {hp} | Guarantor: {kin}",
    ),
    "device_clinic": (
        "Device clinic note {adm}: {title} {pt_last}, ICD implanted for EF {ef}.\n"
        "Generator {dev_label} {dev}. Remote transmission received from IP {ip}.\n"
        "No arrhythmias. Battery 8.1 years. {mrn_label} {mrn}.\nFollow-up with Dr. {doc_last}.",
        "Insulin pump download: {pt_full}, {dev_label} {dev}. Uploaded from {ip} via {url}.\n"
        "Average glucose 162 mg/dL, {lab}. Basal 0.8 units/h.",
    ),
    "portal_message": (
        "From: {pt_full} <{email}>\nTo: {doc_email}\nSubject: refill\n\nHi Dr. {doc_last}, can you refill my "
        "{drug}? My pharmacy fax is {fax}. Logged in from {ip}.\n— {pt_first}",
        "Secure message (sent from {ip}): I'm {pt_full}, {dob_label} {dob}. Please update my address to {address} "
        "and my phone to {phone}. Thanks!",
    ),
    "prescription": (
        "Rx: {drug}\nDisp: #60, refills 2\nPatient: {pt}   {dob_label} {dob}\n{addr_label} {address}\n"
        "Prescriber: {doc}, MD   {lic_label} {lic}\n{phone_label} {phone}  {fax_label} {fax}",
    ),
    "nursing_note": (
        "Nursing note {time}: pt resting, {vitals}. {title} {pt_last} asked that her son {kin} be called at {phone}.\n"
        "IV site clean. {drug} given as ordered. {mrn_label} {mrn}.",
        "Shift note: {pt_full} ({mrn_label} {mrn}) in room {room}. Wound vac {dev_label} {dev}. Pain 3/10.",
    ),
    "operative_note": (
        "OPERATIVE NOTE\nPatient: {pt}  {mrn_label} {mrn}\nDate of surgery: {adm}\nSurgeon: {doc}, MD, FACS\n"
        "Procedure: laparoscopic appendectomy ({icd}). EBL 20 mL.\nImplant: {dev_label} {dev}\n"
        "Billing {acct_label} {acct}",
    ),
    "social_work": (
        "SOCIAL WORK NOTE\n{pt_full} is a {age90}-year-old widow who lives alone in {city} ({county}), ZIP {zip}. "
        "Her nephew {kin} visits weekly. She still drives; {veh_label} {veh}.\n"
        "Plan: home health referral; {other_label} {other}. Met with patient on {adm}.",
        "Psychosocial assessment {adm}: {title} {pt_last}, aged {age90}, moved from {city} in {dis}. "
        "Identity verified by {bio_label} {bio}. {photo_label} {photo}.",
    ),
    "security_log": (
        "Identity verification for {pt} ({dob_label} {dob}): {bio_label} {bio}; {photo_label} {photo}; "
        "{other_label} {other}. Parking: {veh_label} {veh}. Logged {adm} from {ip}.",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "DISCHARGE SUMMARY\nHospital day 4. Attending: Cardiology service\n"
    "{age}-year-old {sex} admitted with {icd}. Treated with {drug}. Labs: {lab}, {lab2}, {lab3}.\n"
    "Vitals at discharge: {vitals}. Follow up with the attending physician in 2-4 weeks.",
    "Lab panel collected at {time}: {lab}; {lab2}; {lab3}. Reference range Na 135-145 mmol/L.\n"
    "Comment: values reviewed by the nurse practitioner. Repeat in 48 hours.",
    "Medication list: 1) {drug} 2) {drug2} 3) aspirin 81 mg PO daily. NDC 0002-3227-30.\n"
    "Diagnoses: {icd}, {icd2}. CPT 99214. LOINC 2345-7. Eliquis held; Lasix 40 mg IV given.",
    "Radiology: {size} lesion in the left anterior descending artery territory, 70% stenosis. "
    "EF {ef}. Compared with the prior study from {year}. Impression: no acute findings. Room {room}.",
    "Progress note: Patient: {age} y/o {sex}, alert and oriented x3. {vitals}. Denies chest pain.\n"
    "Assessment: {icd}, history of Graves' disease and Parkinson disease. Plan: increase {drug}. "
    "Dose 0.5 mg/kg. Follow-up in 3 months.",
    "ED triage {time}: chief complaint shortness of breath. {vitals}. GCS 15. ESI 2. Pain 6/10.\n"
    "Given {drug}; repeat {lab} in 6 h. Admit to medicine, bed {room}. Seen by the charge nurse.",
    "Dialogue:\nDOCTOR: How have you been since your last visit?\nPATIENT: Better, my sugars are around 140.\n"
    "DOCTOR: Your {lab} looks good. Keep taking {drug}. We stopped the Keppra in {year}.",
    "Operative note: Procedure: right total knee arthroplasty. EBL 150 mL. Foley catheter placed. "
    "Tourniquet time 72 min. Implant size 5. Anesthesia: spinal. Surgeon: attending orthopedic surgeon.",
    "Newborn: APGAR 8 and 9 at 1 and 5 minutes. Birth weight 3.4 kg. Mother is a {age}-year-old G2P1. "
    "Hepatitis B vaccine given. Strength 5/5, reflexes 2+. NIHSS 0.",
    "Neurology consult: {age}-year-old {sex} with Bell's palsy and a Hodgkin lymphoma history (treated {year}). "
    "MMSE 27/30, MoCA 24. Swan-Ganz not required. Started Keppra 500 mg BID.",
)

# Written after the rules were tuned on TEMPLATES and never tuned against: phrasing the rules
# were not shaped by (unlabelled names in running text, terse abbreviations, letterheads). The
# bench reports this split separately as the honest estimate for unseen document styles.
HELDOUT_TEMPLATES: dict[str, tuple[str, ...]] = {
    "telephone_encounter": (
        "Telephone encounter {adm} {time}. Called {pt_full} at {phone} to review {lab}; left voicemail. "
        "Callback requested to Home: {phone2}.",
        "Pt. {pt_full} DOB {dob} called re: refill of {drug}. Verified identity with two identifiers.",
    ),
    "ems_handoff": (
        "EMS handoff: {pt_first} was brought in after a fall at home ({address}). {vitals}. "
        "Wife {kin} on the way, cell {phone}.",
    ),
    "letterhead": (
        "{doc}, MD\n{address}\nT {phone}  F {fax}\n\n{adm}\n\nTo whom it may concern: {title} {pt_last} "
        "({dob_label} {dob}) is under my care for {icd}.",
    ),
    "nurse_intake": (
        "Intake: the patient, {pt_full}, is a {age}-year-old {sex}. Preferred contact {email}. "
        "{hp_label} {hp}. DL {lic}. Pacemaker (model XT, {dev_label} {dev}).",
        "Pt identified as {pt_full} via wristband; {mrn_label} {mrn}. Birthdate {dob}. "
        "Emergency contact {kin} (sister) {phone}.",
    ),
    "it_audit": ("Access audit: chart {mrn} opened from IP {ip} by user account {acct}. Portal URL {url}.",),
    "billing": (
        "Statement for {pt}\n{address}\nAccount {acct}  Amount due $142.50\nPay online at {url} or call {phone}.",
    ),
}
