"""Set H's documents: 22 note genres with identifiers and identifier-free look-alike notes.

``{key}`` placeholders are filled by ``values.identifiers`` (gold spans) and ``values.lookalikes``
(clinical filler, never gold). A label, a title or "Dr." stays outside the span: only the value is gold.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "home_health_skilled_visit": (
        "SKILLED NURSING VISIT - HOME\n"
        "Pt: {pt_lf}   DOB {dob_slash}   Visit {d1_slash}, arrived {time}\n"
        "Address: {street}, {unit}, {town}, {state} {zip}\n"
        "Primary contact: daughter {kin}, {phone}\n"
        "S: Pt states she has been 'managing fine' since the last visit. {kin_first} reports two near-falls "
        "in the bathroom this week.\n"
        "O: BP {bp}, HR {hr}, RR {rr}, T {temp} F, SpO2 {spo2}% RA, wt {weight} kg. 2+ pitting edema BLE.\n"
        "Meds reconciled: {drug}; {drug2}. Pill organizer filled for 14 days.\n"
        "A/P: CHF, {icd}. Teach-back on daily weights done. Will call {dr1} re: diuretic if wt up 2 lb.\n"
        "Agency fax for orders {fax}. Next visit {d2_abbrev}. -- {rn}, RN",
        "home visit note / {d1_written}\n\n"
        "Drove out to see {pt} at the farmhouse on {street} outside {town} ({county}). {pt_first} is "
        "{age} and still splitting her own kindling, which her son {kin_first} would like her to stop. Parked "
        "behind the family pickup (plate {plate}) in the lane. She was sitting up in the recliner with "
        "the {device} draining clear yellow urine. Vitals {bp}, pulse {hr}, sats {spo2}%. Glucose on her "
        "meter {glucose}. She asked that {dr1} be told the {brand} is 'too dear' this month; Medicare "
        "number {mbi} confirmed for the copay assistance form.\n"
        "Plan: return {d2_weekday}. Call line {phone}.\n{rn_first}",
        "OASIS follow-up | {pt_caps} | SOC {d1_iso} | recert due {d2_iso}\n"
        "lives alone at {street}, {town} {zip}; niece {kin} checks in daily ({cell}); SSN on 485: {ssn}\n"
        "fall risk high (TUG 19 s), Braden 15, PHQ-2 {score}. {eponym2} noted in history since {year}.\n"
        "plan of care signed by {dr2}; faxed to {fax} on {d3_noyear}. MRN {mrn}",
    ),
    "hemodialysis_chairside_sheet": (
        "HEMODIALYSIS TREATMENT RECORD\n"
        "Patient | {pt_lf} | MRN {mrn} | chair {chair}\n"
        "Tx date | {d1_slash} | on {time} | off at end of 4 h\n"
        "Dry wt | {weight} kg | pre BP {bp} | post BP {bp2}\n"
        "Access | L forearm AVF, thrill +, 15 g needles x2 |\n"
        "Rx | 2K/2.5Ca bath, BFR {bfr}, UF goal {uf} L |\n"
        "Labs | K {k}, Hgb {hgb}, Kt/V {ktv}, URR {urr}% |\n"
        "ESA | {esa} |\n"
        "Ins | member {member} |\n"
        "Charge RN | {rn} |  Nephrologist | Dr. {dr1_last} |\n"
        "Transport home to {street}, {town} by van; wife {kin_first} to call {phone} if late.",
        "Dialysis unit - run sheet (évaluation infirmière)\n"
        "Nom: {pt}   Né(e) le: {dob_euro}   Séance: {d1_euro}   N° SS (US): {ssn}\n"
        "Adresse: {street}, {town} {zip}   Courriel: {email}\n"
        "Palm-vein check-in matched enrolled template {palm} at {time}.\n"
        "Pre: wt {weight} kg, BP {bp}, HR {hr}. Post: BP {bp2}.\n"
        "Heparin 1,000 units bolus, then 500 units/h. Na {na}, K {k}.\n"
        "Medicaid {medicaid}; secondary Medicare {mbi}.\n"
        "Pt is {age} and asks about stopping dialysis; palliative referral to Dr. {dr2_last}. "
        "{kin} (son) aware.",
        "run #{count} this month for {pt_first} {pt_last} (chair {chair})\n"
        "{d1_dmy} - cannulation x2 attempts by {rn_first}, infiltrated venous site, re-sited. BFR reduced to "
        "300. Pt upset, husbnad {kin_first} siad they moved to {town2} ({county}) and the ride is long. "
        "Social work to call {cell}. Fistula surgeon {dr1}, clinic fax {fax}. "
        "ICD {icd}, CPT {cpt}. Next tx {d2_abbrev}.",
    ),
    "wound_photo_register": (
        "WOUND CARE PHOTO LOG\n"
        "Resident: {pt_lf}   Rm {room}   MRN {mrn}\n"
        "Identity photo (full face, front) on file: {photo}\n"
        "| date | site | size (cm) | stage | image |\n"
        "| {d1_noyear} | sacrum | {wound} | 4 | img 1 of 3, ruler in frame |\n"
        "| {d2_noyear} | L heel | {wound2} | DTI | img 2 of 3 |\n"
        "| {d3_noyear} | sacrum | {wound3} | 4 | img 3 of 3 |\n"
        "Dressing: {device} q3 days. Prealbumin low, dietitian consulted. Dx {icd}.\n"
        "Photographed by {rn}; reviewed by Dr. {dr1_last}. Family ({kin}, {town}) consented {d1_written}.",
        "wound clinic - photo documentation\n"
        "{pt}, seen {d1_weekday}. Lives {street}, {town} {zip}.\n"
        "Consent for clincal photograpy signed. Facial photograph for chart ID: {photo_id}. Wound "
        "images (R lateral malleolus, no face in frame) stored in the wound module.\n"
        "Venous ulcer {wound} cm, moderate serous exudate, {pct}% granulation. ABI 0.9. "
        "Compression wrap applied. {brand} continued by PCP {dr2}.\n"
        "f/u {d2_written}, call {phone} to reschedule.",
        "WOUND RN - weekly measurement, {d1_ordinal_of}\n"
        "pt {pt_first} {pt_last} (MR# {mrn2}) - pressure inj. R ischium {wound} cm, tunneling 2 cm at 12 "
        "o'clock. Photo of wound only (no face). Offloading cushion. Zinc {mg} mg daily. {eponym} on hx. "
        "Daughter-in-law {kin} updated by phone {phone}. Pt lives {street}, {unit}, {town} {zip4}.",
    ),
    "eye_clinic_and_cataract": (
        "EYE CLINIC\n"
        "Name: {pt_initialed}  DOB: {dob_dmy}  Seen: {d1_dmy}  MRN: {mrn}\n"
        "CC: blurred vision OD x 3 months. Hx {eponym} with lid retraction.\n"
        "VA sc OD {va}, OS {va2}. IOP OD {iop}, OS {iop2} mmHg (applanation, {time}).\n"
        "SLE: 2+ NS cataract OU. DFE: C/D 0.4 OU.\n"
        "External photos (full face, primary gaze) for lid position: {photo}.\n"
        "Plan: CE/IOL OD. IOL to be logged by UDI at surgery. {drug}.\n"
        "Referring: Dr. {dr1}, fax {fax}. Pt lives {town}, {state} {zip}; daughter {kin_first} drives.",
        "OP NOTE - phacoemulsification with posterior chamber IOL, right eye\n"
        "Patient {pt}, {age} y/o, surgery {d1_written}.\n"
        "Surgeon: {dr1}. Assistant: {dr2}. Anesthesia: topical + MAC.\n"
        "Implant: 21.5 D one-piece acrylic, UDI {udi}, serial {serial2}.\n"
        "Phaco time 38 s, CDE 9.4. No complications. {drug}.\n"
        "Post-op day 1 visit {d2_noyear}; pt staying with {kin} at {street}, {town2}.",
        "retina f/u -- {pt_lf}, {age2} yo, DOB {dob_compact}\n"
        "Anti-VEGF inj #{count} OS today {d1_written_noyear}, lot {lot}. VA cc OS {va}. OCT CST 312 um. "
        "IOP post {iop2}. Pt drove himself (!) - counselled; driver's lic. {dl} flagged for the state vision form. "
        "Lives {street}, {town}. Dr. {dr1_last}.",
    ),
    "oral_maxillofacial_surgery": (
        "ORAL & MAXILLOFACIAL SURGERY CONSULT\n"
        "Patient: {pt_caps}   Chart# {mrn}   Date: {d1_dashed}\n"
        "Referred by {dr1} DDS for #{tooth} and #{tooth2} impacted, recurrent pericoronitis.\n"
        "PMH: {eponym}, on {drug}. Allergies: PCN (hives). ASA II.\n"
        "Pano reviewed. Pre-op full-face photograph taken ({photo}).\n"
        "Plan: extraction under IV sedation, CPT {cpt}. Rx: ibuprofen 600 mg q6h x 3 days.\n"
        "Billing acct {acct}. Pt address {street}, {town} {zip}. Mother {kin} to escort.",
        "implant placement - procedure note ({d1_noyear})\n"
        "{pt_first} {pt_last} had implant placed site #{tooth}, 4.1 x 10 mm, ISQ 72. Implant UDI "
        "{udi}. Bone graft lot {lot} (particulate allograft). Sutures 4-0 chromic.\n"
        "Post-op: chlorhexidine rinse BID, {drug2}.\n"
        "Surgeon {dr2}, DEA {dea}. Recall {d2_abbrev}. Pt mobile {cell}, lives in {town}.",
    ),
    "psychiatric_intake_and_telepsych": (
        "PSYCHIATRIC INTAKE ASSESSMENT\n"
        "Identifying data: {pt}, DOB {dob_written}, SSN {ssn}, referred from {town} crisis line.\n"
        "HPI: Pt presented {d1_weekday} with 3 weeks of insomnia, racing thoughts. Partner {kin} "
        "reports pt spent savings and wrote a blog about it ({url}). PHQ-9 {phq9}, MDQ positive.\n"
        "Past: hospitalized {year}. Hx {eponym2}. Substance: EtOH 4-6 drinks/day.\n"
        "Legal: DUI last spring, vehicle (plate {plate}) impounded.\n"
        "MSE: pressured speech, grandiose, denies SI/HI. Insight poor.\n"
        "Dx: bipolar I, current episode manic ({icd}). Plan: {drug}. Photo for ID badge on unit: "
        "{photo_id}.\nAttending: {dr1}. Email for portal: {email}.",
        "telepsychiatry follow-up\n"
        "{pt_lf} joined by video from home ({street}, {town} {zip}); session IP {ip}. Verified DOB "
        "{dob_slash}. Mood 'flat'. PHQ-9 {phq9}, GAD-7 {score}. Sleep 5 h. On {drug} since {year}; "
        "mother {kin_first} manages meds. Lithium level 0.{score}. No SI. "
        "RTC {d1_mon_year}. Therapist {rn}. Crisis plan: call {phone}.",
        "EVALUACIÓN PSIQUIÁTRICA / psych eval\n"
        "Nombre: {pt}   Fecha de nacimiento: {dob_dmy}   Fecha: {d1_slash}\n"
        "Dirección: {street}, {town}, {state} {zip}   Teléfono: {phone}\n"
        "Acompañante: hermana {kin}. Pt reports voices x 2 yrs, worse since moving from {town2}. "
        "PANSS pos 24. {drug}. CGI-S 5. MRN {mrn}. Seen w/ interpreter; attending {dr2}.",
    ),
    "hospice_team_and_rn_visit": (
        "Hospice Interdisciplinary Team Note - {d1_written}\n"
        "Patient: {pt} ({age} years old), cert period {d2_slash} - {d3_slash}.\n"
        "Terminal dx: {eponym} with end-stage dementia, FAST 7c, PPS {pps}%.\n"
        "Lives with grandson {kin} at {street}, {town}, {county}.\n"
        "Nursing ({rn}): intake poor, sleeping 20 h/day. {drug}. No pain behaviours (PAINAD 1).\n"
        "SW: DNR/POLST on fridge. Grandson's car plate {plate} given to building for parking.\n"
        "Chaplain: visits q2 weeks. Medical director: Dr. {dr1_last}. Medicare {mbi}.\n"
        "Family updates page (grandson's): {url}",
        "hospice RN visit\n{pt_first} is {age_words} and actively declining. Daughters {kin_first} and "
        "{kin2_first} at bedside, son flying in from {town2} on {d2_abbrev}. ICD (implanted defibrillator) "
        "serial {serial} deactivated today with rep on phone per Dr. {dr2_last}. Resp {rr}, mottling to "
        "knees. {drug}. Pt address {street} {zip}. Death visit plan reviewed; on-call {phone}. "
        "Date {d1_slash} {time}",
    ),
    "jail_prison_health_request": (
        "DEPARTMENT OF CORRECTIONS - HEALTH SERVICES REQUEST\n"
        "INMATE: {pt_caps}   DOC#: {inmate}   HOUSING: B-{room}\n"
        "BOOKING PHOTO REF: {photo_id}   FINGERPRINT TCN: {fingerprint}\n"
        "DATE RECEIVED: {d1_dmy_caps}   TRIAGED BY: {rn}\n"
        "COMPLAINT: 'MY TOOTH HAS BEEN KILLING ME FOR A WEEK' - #{tooth} FRACTURED, SWELLING.\n"
        "VS: BP {bp} P {hr} T {temp}. PLAN: AMOXICILLIN 500 MG TID X 7 DAYS, DENTAL LINE.\n"
        "COMMISSARY ACCT {acct} CHARGED $5 COPAY. NEXT OF KIN: {kin}, {street}, {town} {zip}, {phone}.",
        "intake medical screening, county jail\n"
        "{pt} booked {d1_stamp}, arrest from {town} PD. Inmate no. {inmate}. SSN {ssn}. "
        "Mugshot file {photo}. Prints captured (live scan {fingerprint}).\n"
        "Reports {eponym} and takes {drug}; bottle in property. CIWA {score}. Last drink 'this morning'. "
        "Withdrawal hx {year}. Emergency contact {kin_first} {pt_last} at {cell}. "
        "Seen by NP {dr1}. Chronic care f/u {d2_noyear}.",
        "transfer summary - state facility\n{pt_lf} DOC {inmate}, transferred {d1_ordinal_of} from "
        "{county} jail. Iris enrollment {iris} verified at R&D. Dx {eponym2}, HCV Ab+. {drug}. "
        "Release planning: sister {kin}, {street}, {town}. Seen by {dr1}.",
    ),
    "school_health_office": (
        "School Health Office - Daily Visit Log\n"
        "Student: {pt}   ID {student}   Grade 7   DOB {dob_noyear}\n"
        "{d1_weekday}, {time2}: c/o headache after PE, no head strike. T {temp}, HR {hr}. Rested 20 min, "
        "returned to class. Asthma action plan on file: albuterol 2 puffs q4h PRN.\n"
        "Parent {kin} notified at {phone} / {email}.\nNurse: {rn_first}",
        "Nurse's Office Note\n"
        "Name: {pt_first} {pt_last} | Student # {student} | Bus 14\n"
        "Date: {d1_slash}\n"
        "Type 1 DM - CGM reading {glucose} at {time2}, trending down. 15 g carbs given, recheck {glucose2} "
        "at 15 min. Insulin pump serial {serial} alarm for occlusion; site changed per plan.\n"
        "Photo (full face) for the medication roster: {photo}.\n"
        "Lunch line palm scan ID {palm} flagged to kitchen for carb counts.\n"
        "Mom ({kin_first}) picked up early. Home: {street}, {town}. Endo: Dr. {dr1_last}.\n"
        "Portal: {url}",
    ),
    "workplace_fitness_and_injury": (
        "OCCUPATIONAL HEALTH - DOT FITNESS-FOR-DUTY\n"
        "Employee: {pt_lf}   Emp ID {employee}   SSN {ssn}\n"
        "CDL # {dl}   Fleet truck VIN {vin}\n"
        "Exam date {d1_iso}. Hearing: forced whisper 5 ft both ears. Vision {va} both eyes.\n"
        "BP {bp} - recheck {bp2}. Urinalysis: protein neg, glucose neg. BMI {bmi}.\n"
        "Sleep apnea screen: neck 18 in, AHI {ahi} on prior study. Certified 1 year.\n"
        "Examiner: {dr1} (NPI {npi}). Employer HR fax {fax}. Home ZIP {zip}.",
        "work injury note\n{pt} (badge {employee}, warehouse in {town}) injured L hand in conveyor at "
        "{time} on {d1_written}. Time clock fingerprint {fingerprint} shows clock-in 0600. 2 cm laceration "
        "thenar eminence, 4 sutures 5-0 nylon. Tdap given, lot {lot}. Modified duty no lifting >10 lb. "
        "Supervisor {kin} emailed at {staff_email}. Worker's email {email}. Claim {claim}. "
        "Return {d2_noyear}. -- {dr2}",
        "SECURE-SITE BADGE MEDICAL CLEARANCE\nName: {pt_initialed}  Emp# {employee}  SSN {ssn}  Dept: reactor ops\n"
        "Date: {d1_dashed}. Respirator fit test pass (N95 + half-face). Spirometry FEV1 {pct}%.\n"
        "Biometric access: iris template {iris}, hand geometry {palm}. Radiation badge reading 0.{score} mSv.\n"
        "Home: {street}, {town} {zip}. Emergency contact {kin} {cell}. MRO: {dr1}.",
    ),
    "poison_center_case": (
        "REGIONAL POISON CENTER - CASE RECORD {case_no}\n"
        "Call recieved {d1_stamp} from mother, {kin}, callback {phone}.\n"
        "Patient: {pt_first}, 2 y, 13 kg, at home at {street}, {town} {zip}.\n"
        "Exposure: grandmother's {drug}, up to 4 tabs, ingested ~{time} per caller.\n"
        "Advice: to ED now. ED ({town2}) notified by fax {fax}. Follow-up call at 2 and 6 h: asleep, "
        "HR {hr}, glucose {glucose}. Specialist: {rn}, CSPI.",
        "poison line - adult\ncaller is pt himself, {pt}, age {age}, from {county}. took 'a handful' of "
        "grandson's {brand} by mistake thinking it was his {drug2}. Grandson {kin_first} on the line, "
        "will drive. Plate {plate} given to ED for curbside. Case # {case_no}. EMS CAD {cad}. "
        "Follow-up {d1_noyear}: discharged, Cr {cr}. Call back {cell}.",
        "PCC F/U CALL #{count} re case {case_no}\n{d1_written_noyear}, {time2}: spoke w/ ICU RN {rn_first} "
        "re {pt} ({age}). APAP level 4 h 186, NAC started. AST {glucose2}. Pt from {town}, {county}. "
        "Daughter {kin} at bedside. Tox attending {dr2}.",
    ),
    "patient_chat_and_video_log": (
        "[portal chat transcript, {d1_iso}]\n"
        "{time2} {pt_lower}: hi is this the nurse line?? my sugar was {glucose} this am\n"
        "{time2} RN {rn_first}: Hi {pt_first}, yes. Did you take your {brand} last night?\n"
        "{time2} {pt_lower}: yes 22 units. also my new dexcom serial is {serial} do u need it\n"
        "{time2} RN {rn_first}: Thanks, added to your chart. Can you confirm your date of birth?\n"
        "{time2} {pt_lower}: {dob_slash_short}\n"
        "{time2} RN {rn_first}: Dr. {dr1_last} wants a visit {d2_weekday}. Link: {url}\n"
        "[session {ip} / device id {serial2}]",
        "Video visit log\nPt {pt} connected at {d1_stamp} from {ipv6} (home, {town}, {state}). "
        "Voice verification passed (voiceprint {voiceprint}). Spouse {kin} present off camera. "
        "c/o cough x {count} days, no fever, SpO2 on home oximeter {spo2}%. {eponym2} stable. "
        "Plan: {drug}. After-visit summary sent to {email}. Clinician: {dr2}.",
        "sms thread (patient-initiated), {d1_abbrev}\n"
        "pt: hey its {pt_lower} {pt_last} again, the pharmacy in {town} says the rx isnt there\n"
        "clinic: Hi! Which pharmacy? We sent it {d2_noyear} to the one on {street2}\n"
        "pt: thats the old one we moved. new addr {street} {zip}. also my wife {kin_first} cell is {cell}\n"
        "clinic: Updated. Your portal user from {ip} was locked; reset link {url}",
    ),
    "pharmacist_intervention": (
        "PHARMACY INTERVENTION NOTE\n"
        "Patient: {pt_lf} | MRN {mrn} | Rx {rx}\n"
        "Prescriber: {dr1}, DEA {dea}, NPI {npi}\n"
        "Issue: {drug} + {brand} -> bleeding risk; INR {inr}. Called office {phone}, faxed "
        "recommendation to {fax} at {time}.\nOutcome: dose reduced. Plan ID {member}.\n"
        "Pharmacist: {rn}, {d1_slash}",
        "e-Rx discrepancy - {d1_written}\nScript for {pt} ({dob_iso}) arrived via portal session from "
        "{ip}. Prescriber {dr2} NPI {npi} but DEA {dea} not on file for this state. Pt picked up at "
        "the {town} store ({street2}). Claim {claim} rejected: refill too soon. NDC {ndc}. Rx # {rx}. "
        "Reached pt at {cell}; notes in portal {url}.",
        "INTERVENCIÓN FARMACÉUTICA / pharm consult\nPaciente: {pt_lf}   Nº historia: {mrn}\n"
        "Fecha: {d1_euro}   Edad: {age}\nCrCl 18 mL/min -> {drug} dose reduced; {brand} held. "
        "Medicare Part D {mbi}. Prescriptor {dr1} (DEA {dea}), fax {fax}. Domicilio: {town}.",
    ),
    "imaging_dictation": (
        "RADIOLOGY REPORT\nPatient: {pt_caps}  MRN: {mrn}  Acc#: {accession}  Acct: {acct}\n"
        "Exam: CT head w/o contrast ({cpt})   Date: {d1_slash} {time}\n"
        "Clinical: fall at home, on {brand}. GCS {gcs}.\n"
        "Findings: No acute hemorrhage. Chronic small vessel ischemic change. No fracture.\n"
        "Impression: No acute intracranial abnormality.\n"
        "Dictated: {dr1}, MD   Signed: {d1_noyear}\nCopy to PCP {dr2}, fax {fax}. Pt of {town}.",
        "MRI cervical spine - MR Conditional device check\nPt {pt}, {age} y. Pacemaker (model "
        "on card), serial {serial}, lead serial {serial2}: programmed to MRI mode by rep {rn} on "
        "{d1_abbrev}. Accession {accession}. PACS access audit: viewed from {ip} by {dr1_last}. "
        "Findings: C5-6 disc osteophyte, mild canal narrowing. Home {street}, {town} {zip}. NPI ordering "
        "{npi}.",
        "XR CHEST 2 VIEWS  |  {pt_caps}  |  MRN {mrn}  |  ACC {accession}\n"
        "DOS {d1_compact} {time}. Hx: cough; pt is {age_words} years old. Portable, AP/lat.\n"
        "Findings: Hickman tip at cavoatrial junction. Small L effusion. No PTX.\n"
        "Rad: {dr1}. Ordering {dr2}, {street2}, {town}. Pt email for results {email}.",
    ),
    "pathology_cytology_requisition": (
        "SURGICAL PATHOLOGY REQUISITION\n"
        "Patient name: {pt_lf}   Sex: F   DOB: {dob_slash}\n"
        "MRN: {mrn}   Specimen accession: {accession}\n"
        "Collected: {d1_stamp}   Received: {d2_noyear}\n"
        "Source: L breast 10 o'clock core bx x3, 14 g, cold ischemia < 1 h, formalin at {time}.\n"
        "Clinical hx: BI-RADS 5 mass, 1.8 cm. Fam hx: mother ({eponym2}).\n"
        "Submitting physician: {dr1}, NPI {npi}; report to fax {fax}.\n"
        "Bill to: ins member {member}, SSN {ssn}, {street}, {town}, {state} {zip}.",
        "Anforderung Pathologie / path req\nName: {pt}  Geburtsdatum: {dob_euro}  Fall-Nr {fin}\n"
        "Entnahme: {d1_euro}. Colon polyp, sigmoid, 9 mm, cold snare. Prior adenoma {year}.\n"
        "Einsender: Dr. {dr2_last}. Tel. {phone}. Wohnort: {town}.\nAccession {accession}. LOINC {loinc}.",
        "CYTOLOGY REQ\npt: {pt_initialed}  dob {dob_slash_short}  med rec {mrn2}  ss# {ssn}\n"
        "Specimen {accession}: FNA thyroid R lobe, Bethesda ?. Collected {d1_abbrev} @ {time}.\n"
        "Hx {eponym}. TSH 0.{score}. Physician {dr1} NPI {npi}. Pt phone {phone}, ZIP {zip}. Acct {acct}.",
    ),
    "payer_letter_and_appeal": (
        "Re: Prior authorization request - {brand}\n"
        "Member: {pt}   Member ID: {member}   Group: employer plan\n"
        "DOB: {dob_written}   Reference: {auth_ref}\n\n"
        "To the utilization review team,\n\n"
        "I am writing on behalf of my patient, {pt_first} {pt_last}, who has {eponym} ({icd}) refractory to "
        "{drug}. HbA1c {a1c}%. Step therapy was completed in {year}. Please fax the determination to "
        "{fax} or email {staff_email}.\n\nSincerely,\n{dr1}, MD   NPI {npi}\n{street2}, {town} {zip}\n"
        "Tel {phone}   Date {d1_written}",
        "APPEAL OF DENIED CLAIM\nClaim no. {claim}   Patient acct {acct}   Date of service {d1_slash}\n"
        "Patient {pt_lf} (Medicare {mbi}; Medicaid {medicaid}) underwent polysomnography ({cpt}). Denial "
        "reason 'not medically necessary' is disputed: AHI {ahi}, nadir SpO2 {spo2}%. Upload via "
        "{url}. Contact {dr2} at {phone} / fax {fax2}. Patient address {street}, {town} {zip}. "
        "Case ref {auth_ref}.",
        "Letter of medical necessity - {d1_written}\nRe: {pt} | subscriber {member} | claim {claim}\n"
        "Ms. {pt_last} requires a power wheelchair (HCPCS K0856) for {eponym2}. She is {age} and lives "
        "alone at {street}, {unit}, {town} {zip4}. Prior chair serial {serial} is beyond repair. "
        "Supporting photos uploaded at {url}. {dr2}, NPI {npi}, fax {fax}.",
    ),
    "nursing_home_mds_and_conference": (
        "MDS 3.0 - SECTION A IDENTIFICATION\n"
        "A0500 Legal name: {pt_lf}\n"
        "A0600 SSN: {ssn}   Medicare: {mbi}   Medicaid: {medicaid}\n"
        "A0900 Birth date: {dob_slash}\n"
        "A1600 Entry date: {d1_slash}   A2000 Discharge: {d2_slash}\n"
        "A1300 Room: {room}-B\n"
        "Resident ID photo: {photo_id}\n"
        "C0500 BIMS {score}/15. D0300 PHQ-9 {phq9}. G ADL: extensive assist x2. Age on entry {age}.\n"
        "Completed by {rn} (RN lic {rn_lic}) for facility in {town}, {state}.",
        "nursing home - quarterly care conference {d1_noyear}\n"
        "{pt} turned {age} last month; {age_words} candles on the cake per activities. Attended by "
        "daughter {kin} (POA, lives {town2}, {phone}, {email}) and Dr. {dr1_last}. Weight {weight} kg, down 5% "
        "over 90 days; fortified foods. {eponym} stable on {drug}. Bed alarm on. Room {room}. "
        "Resident's own power chair serial {serial} sent for repair. Next conference {d2_mon_year}.",
    ),
    "emergency_triage_desk": (
        "ED TRIAGE\n"
        "Arrival {d1_stamp} by private vehicle  ESI {esi}\n"
        "Pt: {pt_lf}  MRN {mrn}  FIN {fin}\n"
        "CC: MVC restrained driver, airbag deployed, neck pain. Car (VIN {vin}) towed from scene on "
        "{street}.\nVS: BP {bp} HR {hr} RR {rr} SpO2 {spo2}% T {temp}. GCS {gcs}. Pain 7/10.\n"
        "Hx {eponym}, on {brand}. LMP n/a. Palm-vein registration {palm} linked to chart.\n"
        "Triage RN {rn}. Spouse {kin} en route ({cell}).",
        "triage note: {pt} {age}yo from {town} nursing facility, found on floor at {time}. ESI {esi}. "
        "GCS {gcs}, BP {bp}, glucose {glucose}. Hx {eponym2}, afib on {brand}. Facility RN {rn_first} "
        "called {phone}. Chart photo (full-face, at registration) {photo}. Son {kin_first} has POA. "
        "Acct {acct}. Arrived {d1_written}.",
        "ED QUICK REG / registro rápido\nNombre: {pt}  F. nac.: {dob_euro}  Llegada: {d1_stamp}\n"
        "ESI {esi}. Chief complaint (via interpreter): chest tightness since {time2}. BP {bp}, HR {hr}.\n"
        "No ID on arrival; registered by face photo {photo} and fingerprint {fingerprint}. SSN given later: {ssn}.\n"
        "Address given: {street}, {town}. Cousin {kin} {phone}.",
    ),
    "ems_pcr_with_cad": (
        "EMS PATIENT CARE REPORT  CAD# {cad}\n"
        "Unit M-{count}  Dispatched {time}  Date {d1_slash}\n"
        "Scene: {street}, {town}, {county}\n"
        "Pt: {pt}, {age} y/o M. Found by nieghbor {kin} after fal; on floor ~12 h.\n"
        "Vitals: BP {bp}, P {hr}, R {rr}, SpO2 {spo2}%, BGL {glucose}, GCS {gcs}.\n"
        "Tx: c-collar, IV NS 500 mL, fentanyl 50 mcg. Transport emergent.\n"
        "Crew: {rn} (cert {emt_cert}), {staff_lf}. Ambulance plate {plate}.",
        "run report - MVC\nCAD {cad}. {d1_noyear} {time}. Two-vehicle collision at {street} and "
        "{street2}, {town}. Pt {pt_first} {pt_last}, driver of vehicle VIN {vin}, plate {plate}. "
        "Self-extricated, ambulatory. c/o chest wall pain from belt. BP {bp}, HR {hr}. GCS 15. "
        "Refused transport, signed AMA; witnessed by Deputy {kin}. Paramedic {dr2} (lic {emt_cert}).",
        "PCR NARRATIVE - CAD {cad} - {d1_iso}\n"
        "Dispatched to {street2} ({town}) for 'elderly female not acting right'. {pt_first} {pt_last}, "
        "{age}, pt's husband {kin_first} states onset at {time2}. FAST positive (L facial droop). BGL "
        "{glucose}. Stroke alert called. Pt's own car {plate} parked across driveway. "
        "Medic {rn}, EMT-P {emt_cert}; Medical control Dr. {dr1_last}.",
    ),
    "genetic_counselling_pedigree": (
        "GENETIC COUNSELLING - PEDIGREE SUMMARY\n"
        "Proband: {pt} (III-2), DOB {dob_iso}, Kindred {kindred}\n"
        "II-1 father, d. {year} age {age_ok} (MI). II-2 mother {kin}, living, {age}.\n"
        "III-1 sister {kin2_first}, breast ca at 38. IV-1 niece, unaffected.\n"
        "Testing: 84-gene panel; results expected {d1_abbrev}. Counselled on BRCA/Lynch.\n"
        "Family gathering page shared by proband: {url}. Results by email to {email}.\n"
        "Counsellor: {rn}, MS, CGC. Referred by {dr1}. Home: {town}, {state} {zip}.",
        "pedigree update {d1_written}: proband {pt_first} {pt_last} (kindred {kindred}) reports maternal "
        "grandmother {kin2_first} is alive at {age_words}; cousin {kin} had {eponym} diagnosed in {year}. "
        "Research enrollment: subject {subject}. Family lives in {county}. Phone {phone}.",
        "PEDIGREE / STAMMBAUM - Familie {pt_last}\n"
        "Indexpatient: {pt} (III-4)   Geb.: {dob_euro}   Kindred {kindred}\n"
        "I-2 Großmutter {kin2_first}, {age}, living in {town2}. II-3 uncle {kin}, colon ca at 44.\n"
        "MLH1 c.1852_1854del (VUS). Cascade testing letters sent {d1_written}. Subject {subject}.",
    ),
    "sleep_study_and_cpap": (
        "POLYSOMNOGRAPHY REPORT\n"
        "Patient: {pt_lf}   DOB {dob_slash}   Study date {d1_slash}   Study ID {subject}\n"
        "Lights out {time}, TST 352 min, SE 81%. AHI {ahi}, RDI 39, nadir SpO2 {spo2}%.\n"
        "CPAP titrated to 11 cm H2O. Dx: OSA ({icd}). Epworth {score}.\n"
        "DME: {cpap}, serial {serial}; modem uploads from {ip}.\n"
        "Interpreting: {dr1}. Ordering: Dr. {dr2_last}, fax {fax}. Ins {member}.\n"
        "Address {street}, {town} {zip}. Report e-mailed to {email}.",
        "cpap compliance check - {d1_noyear}\n{pt} ({town}) on {cpap}, usage 4.1 h/night, {pct}% nights >4 h. "
        "Mask leak high. Machine SN {serial}, humidifier {serial2}. Wife {kin_first} says he rips the "
        "mask off around {time2}. Try nasal pillows. Medicare {mbi}. Recheck {d2_written}.",
        "HSAT report\n{pt_lf}   Study {d1_compact}   MRN {mrn}\nREI {ahi}, ODI 29, T90 14%. "
        "Recording device SN {serial2}, raw data uploaded from {ip}. Recommend APAP 5-15 cm. "
        "Sleep MD {dr1}, license {rn_lic}. Pt {town}, {state} {zip}.",
    ),
    "audiology_and_implant": (
        "AUDIOLOGY - HEARING AID FITTING\n"
        "Client: {pt}   Age {age}   Appt {d1_dmy}\n"
        "Audiogram: moderate-severe SNHL, R {db} dB / L {db2} dB at {hz} Hz. WRS 64% R, 72% L.\n"
        "Devices ({aid}): R serial {serial}, L serial {serial2} (receiver-in-canal). Remote fitting from {ip}.\n"
        "Real-ear verified. Daughter {kin} trained on cleaning. Voice ID enrollment for the app: "
        "{voiceprint}.\nAudiologist {rn}. Ins {member}. Fax {fax}. {street}, {town} {zip}.",
        "aud f/u {d1_slash}: {pt_first} {pt_last} (age {age}) says the left aid whistles. Feedback "
        "manager re-run. Serial {serial} ({aid}) logged for warranty. Tympanometry type A. "
        "Speech in noise improved. Home {street}, {town}. Grandson {kin_first} {phone}. "
        "Next {d2_abbrev}.",
        "cochlear implant activation - {d1_written}\n{pt} ({age}) activated R CI, processor serial "
        "{serial}, implant {udi}. Impedances WNL. Husband {kin} present. Remote-care app linked "
        "from {ipv6}. Audiologist {rn}, lic {rn_lic}. Home {street}, {town}. Next map {d2_noyear}.",
    ),
}

# Identifier-free notes: look-alikes only (doses, vitals, labs, scores, eponyms, brands, roles, years
# alone, ages up to 89, rooms, lots, codes, times and schedules).
NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "HEMODIALYSIS TREATMENT RECORD\nChair {chair} | on {time} | 4 h\nDry wt {weight} kg | pre BP {bp} | "
    "post BP {bp2}\n2K/2.5Ca bath, BFR {bfr}, UF goal {uf} L\nK {k}, Hgb {hgb}, Kt/V {ktv}, URR {urr}%\n"
    "ESA: {esa}. Heparin 1,000 units bolus. Access: AVF, thrill +. Seen by {role}. Dx {icd}, CPT {cpt}.",
    "Skilled nursing visit. Pt {age_ok} y/o, lives alone, ambulates with walker. BP {bp}, HR {hr}, "
    "SpO2 {spo2}% RA, wt {weight} kg. Meds: {drug}; {drug2}. Hx {eponym} since {year}. {device} in place, "
    "changed per protocol. Teach-back on {brand} done. Next visit in 7 days; {role} aware.",
    "WOUND PHOTO LOG\n| site | size (cm) | stage | image |\n| sacrum | {wound} | 3 | img 1 of 2, ruler |\n"
    "| R heel | {wound2} | DTI | img 2 of 2 |\nDressing {device} q3 days. Rm {room}, bed {bed}. Dx {icd}. "
    "Photos taken by {role}; no face in frame.",
    "Eye clinic: VA OD {va}, OS {va2}. IOP {iop}/{iop2} mmHg at {time}. Hx {eponym}. C/D 0.5 OU. "
    "Plan CE/IOL OD, {drug}. Pt {age_ok} y/o. Follow up 4 weeks. CPT {cpt}.",
    "Oral surgery: #{tooth} and #{tooth2} extracted under IV sedation. Graft lot {lot}. 4-0 chromic. "
    "Ibuprofen 600 mg q6h x 3 days, chlorhexidine BID. ASA II. Pt is {age_ok}. Seen by {role}.",
    "Psych f/u: PHQ-9 {phq9}, GAD-7 {score}, MMSE {mmse}/30. Sleep 6 h. On {drug} since {year}. "
    "Lithium 0.{score} mmol/L. No SI/HI. {eponym2} noted. Pt {age_ok2} y/o. Plan per {role}.",
    "Hospice IDT: PPS {pps}%, FAST 7a, PAINAD 1. {drug}. Intake poor. Pt {age_ok2} years old. "
    "Dx {eponym} ({icd}). Chaplain visits q2 weeks. DNR on file since {year}.",
    "SICK CALL: C/O TOOTHACHE #{tooth}. BP {bp} P {hr} T {temp}. AMOXICILLIN 500 MG TID X 7 DAYS. "
    "HOUSING B-{room}. CIWA {score}. SEEN AT {time}. REFERRED TO {role}.",
    "School nurse: headache after PE at {time2}, T {temp}, HR {hr}. Rested 20 min. CGM {glucose}, "
    "15 g carbs, recheck {glucose2}. Albuterol 2 puffs q4h PRN. Grade 7, age {age_ok}.",
    "Poison center: 2 y, 13 kg, possible ingestion of {drug} x 4 tabs at ~{time}. To ED. HR {hr}, "
    "glucose {glucose}, Cr {cr}. Follow-up at 2 and 6 h. NDC {ndc}. Specialist: {role}.",
    "RADIOLOGY: CT head w/o contrast ({cpt}) at {time}. GCS {gcs}. On {brand}. No acute hemorrhage. "
    "Chronic small vessel change. Pt {age_ok2} y/o. Dictated by {role}. LOINC {loinc}.",
    "Prior auth summary: {brand} for {eponym} ({icd}) after {drug}; HbA1c {a1c}%, BMI {bmi}. Step "
    "therapy completed {year}. Requested by {role}. Dose {mg} mg weekly.",
    "MDS section C/D/G: BIMS {score}/15, PHQ-9 {phq9}, ADLs extensive assist x2. Room {room}-A. Age "
    "{age_ok2}. Weight {weight} kg. {eponym2}. Bed alarm on. Care plan by {role}.",
    "ED TRIAGE: ESI {esi}. BP {bp} HR {hr} RR {rr} SpO2 {spo2}% T {temp}. GCS {gcs}. MELD {meld}. "
    "INR {inr}, Na {na}, K {k}. {device} in place. Seen by {role} at {time}.",
    "L&D: G2P1, SVD at {time}, APGAR {apgar}, EBL 300 mL. Oxytocin 30 units/500 mL. Mother {age_ok2} y/o, "
    "Hgb {hgb}. Infant to {role}. Hx {eponym}.",
    "EMS: unit M-{count}, dispatched {time}. BP {bp}, P {hr}, R {rr}, SpO2 {spo2}%, BGL {glucose}. "
    "IV NS 500 mL, fentanyl 50 mcg. Pt {age_ok2} y/o. Transfer of care to {role}.",
    "Sleep study: TST 352 min, SE 81%, AHI {ahi}, nadir SpO2 {spo2}%. CPAP 11 cm H2O. Epworth {score}. "
    "{cpap}. OSA ({icd}), CPT {cpt}. Lights out {time}.",
    "Audiology: R {db} dB / L {db2} dB at {hz} Hz. WRS 64%. Tymp type A. {aid}. Pt {age_ok2}. "
    "{eponym2} on history. Pack-years {pack_years}.",
    "Pharmacy: {drug} + {brand} -> bleeding risk, INR {inr}. Dose reduced to {mg} mg. NDC {ndc}. "
    "Recommendation to {role}. Pt {age_ok}. Hgb {hgb}.",
)
