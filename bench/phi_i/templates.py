"""Document styles of set I: genres, layouts and wording written for this set alone.

``{key}`` is filled from ``values``: identifier keys become gold spans, look-alike keys are filler.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "labour_ward_delivery_summary": (
        "DELIVERY SUMMARY — L&D\nMother: {pt_formal}   MRN {mrn}   DOB {dob}\n"
        "Admitted {date_with_time} in early labour, {ga}, Bishop 6. Pitocin started per protocol; epidural by "
        "{clin_short} (anesthesia). SVD of a live female on {date_written}, {weight}, {score2}. EBL 350 mL, "
        "{lab}. Partner {fam} present throughout and cut the cord. Discharge home to {street}, {city} {state} "
        "{zip} planned for {date_noyear}. Newborn hearing screen and {eponym2} documented. Ph (mother): {phone}.",
        "l+d triage note {date_time} | G2P1 at {ga} | c/o ctx q3-4 min since {time} | BP {bp} HR {hr} | "
        "cervix 4/80/-1 | plan admit LDR per {role}. pt {pt_lower} lives at {street_unit}, {city}, "
        "{county}; husband {fam_first} can be reached at {phone2}. ins member {plan}.",
    ),
    "nicu_admission_handoff": (
        "nicu d/c teaching — parents {fam} & {fam_first} shown car seat test (90 min, {spo2} nadir). "
        "baby {pt_first} goes home {date_noyear} to {city}; peds f/u w/ {clin_short} in 2 d. pulse ox "
        "monitor loaned, serial {device}. Synagis due {date_ord}. HBsAg neg, {lab2}. mom cell {phone}.",
        "NICU HANDOFF | {room} | Baby Girl {pt_last} (twin B)\n"
        "| field | value |\n|---|---|\n| MRN | {mrn} |\n| born | {date_time} |\n| GA / BW | {ga} / {weight} |\n"
        "| Apgars | {score} |\n| mother | {fam} (MRN not linked) |\n| mother's cell | {phone} |\n"
        "| home | {city}, {zip} |\n| attending | {clin} |\n"
        "Resp: CPAP 6, FiO2 0.30, {spo2}. FEN: TPN at 120 mL/kg/d, {lab2}. ID: amp/gent {schedule}. "
        "Photo for bedside ID card: {photo}. Next head US {date_noyear}.",
    ),
    "oncology_infusion_chair_log": (
        "INFUSION REACTION NOTE {date_time}\n{pt_caps} (chair {count}) — flushing + back pain 10 min "
        "into rituximab, {bp}, HR {hr}. Stopped, {dose2}, Decadron 10 mg. Resolved by {time}. Restarted "
        "at 50 mg/h. Notified {clin}. Pt ID band MRN {mrn}; husband {fam_first} phoned at {phone}.",
        "Infusion Center — Chair {count}\nPatient: {pt}   Acct {account}   DOB {dob}\n"
        "Regimen: pembrolizumab (Keytruda) 200 mg + carboplatin AUC 5, cycle 4 day 1 on {date}. Pre-meds "
        "{dose2}. Port accessed ({udi}), good blood return. Vitals pre: BP {bp}, HR {hr}, T {temp}. {lab}, "
        "{lab2}. {score}. Infusion {time} to {time2} without reaction. Next cycle {date_noyear}, {schedule}. "
        "Transport: daughter {fam} ({phone}) from {city}. RN {nurse}; oncologist {clin_init}.",
    ),
    "tumour_board_minutes": (
        "MULTIDISCIPLINARY TUMOUR BOARD — minutes of {date_written}\nPresenter: {clin}; scribe: {clin2}.\n"
        "Case 3: {pt_formal}, {age}-year-old, ref. MRN {mrn}. Path accession {accession}: invasive ductal "
        "carcinoma, {icd}, ER+/PR+/HER2-, Ki-67 22%. Imaging {date_abbr} shows 2.1 cm mass, no nodes. "
        "Discussion: {role} favours neoadjuvant AC-T; genetics referral given family history ({year}). "
        "Trial screening ID {subject}. Consensus: surgery after 4 cycles. Follow-up contact: {email}.",
        "TB MINUTES {date_iso} / case 7 / {pt_caps} / {age_old}-yr-old with Hodgkin lymphoma relapse, "
        "ECOG 2, frail. Residence {street}, {city}. Rad onc ({clin_short}) suggests involved-site RT "
        "20 Gy in 5 fractions; {role} notes {lab}. Slides {accession} re-reviewed. Decision: palliative "
        "intent, hospice info to son {fam}, {phone}.",
    ),
    "transplant_coordinator_call_log": (
        "KIDNEY WAITLIST UPDATE — {pt_formal}\nStatus 1 since {date_abbr}; cPRA 86%; dialysis start "
        "{year}. Moved to {street_unit}, {city2} {zip}; new mobile {phone}; pager-app login from {ip}. "
        "Living donor work-up: brother {fam} (donor ID {donor}), crossmatch neg {date_noyear}. "
        "Medicare beneficiary no. {plan}. Coordinator {clin2}.",
        "Transplant coordination — call log\n{date_with_time}  Called candidate {pt} at {phone}: organ offer, "
        "donor {donor}, liver, MELD at listing {count}. Pt in {city} ({county}), ETA 3 h by car; plate "
        "{plate} given to security for the ramp. {score}. Tacrolimus (Prograf) teaching done. Backup "
        "contact {fam_first} at {phone2}. Insurance {plan} verified, auth ref {account}. Surgeon {clin}. "
        "Coordinator notes sent from {ip} to the portal {url}.",
    ),
    "burn_unit_flowsheet_caps": (
        "BURN ICU FLOW SHEET {date_abbr}\nPT: {pt_caps}  MR# {mrn}  AGE {age}\nMECH: HOUSE FIRE AT {street}, "
        "{city}. {score2} (LUND-BROWDER), PARTIAL + FULL THICKNESS. PARKLAND 4 ML/KG/%TBSA, UOP GOAL 0.5 ML/KG/H. "
        "HR {hr} BP {bp} T {temp}. {lab}. DRESSINGS: MEPILEX AG TO TRUNK, SILVADENE TO ARMS. ESCHAROTOMY BY "
        "DR {clin_last} {date_time}. WOUND PHOTOS (NON-FACIAL) IN MEDIA; FULL-FACE PHOTO {photo} FOR "
        "GRAFT PLANNING. NEXT OR {date_noyear}. WIFE {fam} {phone}.",
    ),
    "deployment_health_assessment": (
        "PERIODIC HEALTH ASSESSMENT // SSG {pt_caps} // DOD ID {dodid} // DOB {dob} //\n"
        "deploying from {base} on {date_noyear}. immunizations current (anthrax series {year}). dental "
        "class 1. audiogram H1. {score2}. vehicle pass for POV {plate}. provider {clin_short}, "
        "DEA {dea}. email {email}.",
        "POST-DEPLOYMENT HEALTH ASSESSMENT (PDHA)\nService member: {pt_formal}  DoD ID {dodid}\n"
        "Unit home station: {base}; deployed location returned from on {date_written}. "
        "Exposures: burn pits, noise >85 dB. PHQ-2 negative, {score2}. Hearing: threshold shift L 4 kHz. "
        "Blood pressure {bp}, {lab}. TRICARE benefit no. {plan}. Reviewed by {clin_init}, PA-C, NPI {npi}, "
        "on {date}. Next of kin: {fam}, {street}, {city} {state} {zip}, {phone}.",
    ),
    "aeromedical_pilot_certificate_exam": (
        "In-flight medical event report. Flight crew called ground medical at {date_with_time}. "
        "Passenger {pt}, {age_old} years old, seat 31C, syncope, BP {bp} on the aircraft's monitor. "
        "Aircraft {tail}; diverted to {city}. Onboard physician volunteer {clin} (licence {license}). "
        "Passenger phone {phone}; loyalty number {other}.",
        "AEROMEDICAL EXAM — class II\nApplicant {pt} | DOB {dob} | pilot certificate {license}\n"
        "Aircraft flown: {tail}. Home: {street_unit}, {city}. Hx {eponym} in remission since {year}; "
        "meds: levothyroxine 75 mcg daily. Vision 20/25 corr, {bp}, HR {hr}. Color vision: Ishihara 14/14. "
        "AME {clin} ({email_clin}, fax {fax}). Deferred pending TSH (last {lab2}). Exam date {date_iso}.",
    ),
    "ship_surgeon_sick_bay_log": (
        "SHIP'S LOG (MEDICAL) — {date_abbr}\nCadet {pt_first} {pt_last}, age {age}. Seasick day 3, {dose}. "
        "Weight {weight}. Evacuated by helo from {gps}. Receiving doc: {clin_init}, ph {phone}. "
        "Discharge certificate {license}. Home port {city}.",
        "M/V sick bay log — {date_with_time}, position {gps}\nCrew: {pt} (AB seaman), mariner credential "
        "{license}. C/o crush injury R hand from mooring line. Cap refill <2 s, {score}. Dressed, splinted, "
        "{dose}. Vessel IMO/registry {other}. Telemedical advice from {clin_short} via radio. "
        "Disembark at {city} on {date_noyear}; agent phone {phone}, agent fax {fax}. Age {age}.",
    ),
    "mass_casualty_triage_tag": (
        "MCI TRIAGE TAG {tag} — colour: YELLOW (delayed)\nName (if known): {pt}   est. age {age}\n"
        "Found at {gps} near {street}, {city}. Time tagged {time}; {date_with_time} re-triage. RR {rr}, "
        "radial pulse present, follows commands, {score}. Injuries: open tib/fib L, Foley not placed. "
        "Morphine {dose}. Vehicle involved: plate {plate}, VIN {vin}. Transported by {role}. "
        "Family reunification contact: {fam}, {phone}.",
        "mci tag {tag} | RED | unk male, approx {age_old} y (per bystander) | wallet ID: {pt_caps}, "
        "DL {dl} | scene {gps} | SBP {bp} | GCS 9 | tourniquet {time} | dest. trauma bay {room}",
    ),
    "trial_serious_adverse_event_report": (
        "AE follow-up #2 | subj {subject} | visit {date_iso} | event: grade 2 rash, {score} | "
        "{brand2} {dose} | resolved {date_noyear} | PI {clin_last} | CRA {clin2} | site phone {phone} | "
        "query portal {url}",
        "SERIOUS ADVERSE EVENT REPORT\nProtocol ONC-NCT-7 (phase II)  Subject {subject}  Site {count}\n"
        "Subject first name: {pt_first}  Event onset: {date_written}  Reported: {date_iso}\n"
        "Event: febrile neutropenia, {score}, {lab}. Study drug held; {brand2} given. "
        "Hospitalised at local hospital in {city}; outcome: recovering. Investigator {clin_init} "
        "(medical licence {license}). Sponsor query to {email_clin}; CRF uploaded from {ip}. Causality: possibly related.",
    ),
    "trial_consent_log": (
        "Informed consent log — study {other}\nParticipant: {pt}   Screening no. {subject}\n"
        "Consent v3.1 signed {date_with_time}; witness {fam}; person obtaining consent {clin}. "
        "Copy given. Reconsent for v4 due {date_noyear}. Optional biobank: yes. Genetic sub-study "
        "voiceprint-free e-consent via {url}, login IP {ip}. Contact: {phone}, {email}. Prior {eponym}.",
    ),
    "transfusion_service_crossmatch": (
        "BLOOD BANK — crossmatch & issue\nRecipient {pt_formal}  MRN {mrn}  ABO/Rh O neg  ab screen NEG\n"
        "Unit {din} (O neg RBC, {lot}) crossmatch-compatible {date_time}. Issued to {room} by tech "
        "{nurse}. Pre-transfusion {lab}, {bp}, T {temp}. Verified at bedside with {clin_short}, wristband "
        "scanned. Transfusion 2 units over 3 h. No reaction. Biometric-verified release "
        "({bio}).",
    ),
    "organ_procurement_referral": (
        "OPO REFERRAL {date_with_time}\nReferral #{other}  Donor ID {donor}\n"
        "Pt {pt}, {age_old_words} years old, vent-dependent after anoxic injury, {score}. Hospital unit "
        "{room}; caller {role} ({phone}). Family: {fam} (next of kin) at {street}, {city} {zip}. "
        "Labs {lab}, {lab2}. DCD evaluation; OPO coordinator {clin}. Death pronounced "
        "{date_written} by {clin2_last}.",
    ),
    "medical_examiner_autopsy_report": (
        "investigator scene note: decedent {pt} found by neighbour {fam} at {street}, {city}. "
        "last known alive {date_with_time}. age {age_old}. car in drive, plate {plate}. cell phone "
        "(lock screen photo shows face, ref {photo}) bagged. ME case {case}. next of kin notified by "
        "{role}.",
        "OFFICE OF THE MEDICAL EXAMINER — {county}\nCase {case}   Decedent: {pt_caps}\nDOB {dob}  "
        "Age {age_old}   Date of death {date_written}   Examined {date_abbr}\n"
        "Found at residence, {street}, {city}. Identification by biometric comparison (AFIS record {bio}) and "
        "dental records. Implanted pacemaker recovered, serial {device}. External: well-nourished, "
        "{eponym}. Toxicology pending. Vehicle at scene VIN {vin}. Pathologist {clin_init}, MD.",
    ),
    "chaplaincy_spiritual_care_note": (
        "Spiritual care visit, {date_written}. Visited {pt_first} at the family's request; wife {fam_first} "
        "and grandson {fam} at bedside. {pt_first} spoke about growing up in {city} and the farm on "
        "{street}. Prayed together; Sacrament of the Sick offered, Fr. {clin_last} to follow "
        "{date_noyear}. Pt is {age_old_words} and 'ready'. {role} aware. Family line {phone}.",
        "chaplain note — pt {pt}, {age}, {eponym}. Sat with family {time}. daughter {fam} asked for "
        "a copy of the blessing; send to {email}. follow-up {date_ord}.",
    ),
    "social_work_psychosocial_assessment": (
        "Sozialdienst / social work\nName: {pt}\nGeburtsdatum: {dob}\nAnschrift: {street}, {zip} "
        "{city}\nTelefon: {phone}\nKrankenkasse Nr.: {plan}\nAngehörige: {fam} (Tochter)\n"
        "Notiz: {age_old_words} Jahre alt, lebt allein, Hilfebedarf bei ADL. {eponym}. Gespräch am {date}. SSN (US): {ssn}.",
        "SOCIAL WORK PSYCHOSOCIAL ASSESSMENT\nClient: {pt}  ({age}-y/o)  MRN {mrn}\nLiving situation: "
        "rents at {street_unit}, {city}, {county}; landlord threatening eviction since {date_noyear}. "
        "Income: SSDI; SSN on file {ssn}. Supports: sister {fam} ({phone}). Medicaid ID {plan}. "
        "PHQ-9 of 17. Referred to {role} for housing; ride via van {plate}. SW {clin}, {date}.",
    ),
    "case_management_discharge_plan": (
        "Readmission review — {pt} came back {date_noyear} (index stay {date_abbr}). Driver "
        "{fam_first} says the pharmacy in {city} never got the Eliquis script. Rx sent again by "
        "{clin_short} (DEA {dea}). Home health agency fax {fax}. Follow-up {date_with_time}.",
        "Discharge planning — CM note {date_iso}\nPt {pt_formal}, {age_old}-year-old, admitted {date_abbr} "
        "with {eponym}, {lab}. Dispo: SNF in {city2}; bed offer pending. Home address {street}, {city}, "
        "{zip}. DME: hospital bed, O2 concentrator serial {device}. Ins {plan}; auth account {account}. "
        "POA daughter {fam} {phone}, fax for SNF packet {fax}. CM {clin}. Anticipated DC {date_noyear}.",
    ),
    "speech_language_therapy_session": (
        "SLP session #{count} — {date_written}\nClient {pt} ({pt_last}), {age}, post-stroke aphasia, NIHSS 6 "
        "on admit. Tx: naming drills, {schedule}. Accuracy 62% -> 71%. Voice sample archived as "
        "voiceprint {bio}; session video {photo} (face visible, consented). Caregiver {fam_first} "
        "practising at home in {city}. CPT 92507. Therapist {clin_short}, license {license}.",
    ),
    "crisis_line_chat_transcript": (
        "text line {date_time}\n>> hey its {pt_first} again. the number u gave me {phone} didnt work\n"
        "<< sorry about that {pt_first}. is your sister {fam_first} with you tonight?\n>> no shes in "
        "{city2}. im fine just cant sleep. ive been up since {time}\n<< ok. PHQ-9 last week was 17. "
        "[routed {ip}]",
        "[{date_with_time}] counselor: hi, this is {nurse} with the crisis line. are you safe right now?\n"
        "[visitor] not really. im at my moms place on {street} in {city}\n[counselor] thank you for "
        "telling me. whats your name?\n[visitor] {pt_lower}. took like {count} of my sertraline 50s\n"
        "[counselor] ok. i'm going to get help to you. is {phone} a good number?\n[system] geo-ip {ip} / "
        "session {other} / escalated to {role}",
    ),
    "hiv_sti_partner_services_interview": (
        "STI clinic walk-in {date_abbr}: {pt_lower}, {age}, here for results. RPR 1:32, treated Bicillin "
        "2.4 MU IM. Declined partner names; gave card w/ clinic fax {fax}. Lives {city}, {zip}. "
        "Chart {mrn}. Clinician {clin_init}.",
        "PARTNER SERVICES INTERVIEW — DIS worker {clin}\nIndex: {pt_formal}, DOB {dob}, lab {lab2}, "
        "dx {date_noyear}. Case {case}.\nPartners named: (1) {fam}, {street}, {city} — notified "
        "{date}; (2) contact via app handle at {url}. Index phone {phone}, email {email}. Started "
        "Biktarvy, {schedule}. CD4 212 cells/uL. Referred to PrEP for partners.",
    ),
    "tb_contact_investigation_worksheet": (
        "TB CONTACT INVESTIGATION — case {case}\nIndex case {pt} ({age_old} y/o), AFB smear 2+, "
        "cavitary RUL, {icd}. Infectious period from {date_abbr}.\nContacts:\n- {fam}, household, "
        "{street}, {city} {zip}, IGRA pending, {phone}\n- coworker {clin2}, IGRA neg {date_noyear}\n"
        "Worksite: warehouse, employee no. {other}. DOT by {role}, {schedule}. Index SSN {ssn}.",
    ),
    "workers_comp_determination_letter": (
        "INDEPENDENT MEDICAL EXAMINATION\nExaminee: {pt_formal}   Claim {claim}\nDOI: {date_written}; "
        "exam {date_iso}. Employer vehicle (forklift serial {device}) struck examinee. MMI reached; "
        "whole-person impairment 8%. Examiner {clin}, license {license}, {phone}. Copy: {email_clin}.",
        "{date_written}\n\n{pt}\n{street_unit}\n{city}, {state} {zip}\n\nRe: Claim No. {claim}  "
        "Employer acct {account}  SSN {ssn}\nDate of injury: {date}\n\nDear {pt_first} {pt_last},\n"
        "Your claim for the lumbar strain of {date_noyear} has been accepted. Treating provider "
        "{clin_init} (NPI {npi}) placed you on light duty, no lifting > 10 kg, {schedule}. Questions: "
        "{phone}, fax {fax}, or {url}.\nAdjuster {clin2}",
    ),
    "release_of_information_subpoena_log": (
        "ROI LOG | req {other} | received {date_iso} | requester: law office of {clin2}, fax {fax} | "
        "subpoena duces tecum, case {docket} | patient {pt_formal} | DOB {dob} | MRN {mrn} | "
        "records {date_abbr} to {date2} | sent {date_with_time} via secure link {url} | "
        "fee acct {account} | processed by {nurse}",
    ),
    "patient_portal_secure_message": (
        "Re: test results\n\n{clin_short} wrote:\n> Your {lab2} is better. Keep {dose2}.\n\n"
        "Thanks!! {fam} (I'm her caregiver, she's {age_old} now) will bring her on {date_ord}. "
        "Our new address is {street}, {city}. Can you fax the note to {fax}? — {pt_first}",
        "From: {pt} <{email}>\nSent: {date_with_time}\nSubject: refill + my new address\n\nhi Dr {clin_last}, "
        "can you refill my Zofran 4 mg q8h PRN? also i moved to {street_unit}, {city} {zip}, new cell is "
        "{phone}. my insurance card changed, member # {plan}. thx!!\n-- sent from the app, device IP {ip}",
    ),
    "referral_fax_cover_sheet": (
        "TÉLÉCOPIE / FAX\nDestinataire : {clin}   Téléc. : {fax}\nExpéditeur : {clin2}   Tél. : {phone}\n"
        "Date : {date}\nPatient(e) : {pt}, né(e) le {dob}, dossier {mrn}\nAdresse : {street}, {city}\n"
        "Motif : {eponym}, {lab}. Merci.",
        "FAX — URGENT REFERRAL\nTo: Dr. {clin}   Fax: {fax}\nFrom: {clin2}   Phone: {phone}\nDate: "
        "{date_written}   Pages: {count}\nRe: {pt_formal}, DOB {dob}, MRN {mrn}, plan ID {plan}\n"
        "Reason: new {eponym}, {lab}. Please see within 2 weeks. Pt address {street}, {city}. "
        "Confidential: if received in error call {phone2}.",
    ),
    "billing_dispute_correspondence": (
        "Dear Billing Office,\nI am writting about acct # {account} for my father {pt} ({age_old_words} "
        "years old). He was never in the ambulance — his car {vin} was towed from {street} on "
        "{date_written}. Please call me, {fam}, at {phone}, or write to {email}. His medicare # is {plan} and SSN {ssn}.",
        "Patient billing — dispute #{other}\nGuarantor: {fam}   Patient: {pt}\nAccount {account}; "
        "claim {claim}; member ID {plan}.\nThe guarantor disputes CPT {cpt} billed for {date}; says the "
        "visit on {date_noyear} was telehealth only. Ambulance billed with vehicle {vin}. Statement "
        "mailed to {street}, {city} {zip}. Callback {phone}. Rep {nurse}, {date_iso}.",
    ),
    "hl7_adt_pipe_message": (
        "MSH|^~\\&|PHARM|RX|EHR|HOSP|{date_time}||RDE^O11|{count}|P|2.5\nPID|1||{mrn}^^^HOSP^MR||{pt_hl7}||"
        "{dob_hl7}|M|||||||||||{ssn}\nORC|NW||||||||||{npi}^{clin_last}\nRXE|1|{ndc}^Tacrolimus|1||mg|{schedule}\n"
        "NTE|1||pt email {email}",
        "MSH|^~\\&|ADT|LAB|EHR|HOSP|{date_time}||ADT^A04|MSG{count}|P|2.5\nPID|1||{mrn}^^^HOSP^MR||"
        "{pt_hl7}||{dob_hl7}|F|||{street}^^{city}^{state}^{zip}||{phone}|||||{account}|{ssn}\n"
        "PV1|1|O|{room}||||{npi}^{clin_last}\nIN1|1|PLAN01||ACME HEALTH|||||||||||||||||||||||||||||||{plan}",
    ),
    "ficha_ingreso_bilingue": (
        "FICHA DE INGRESO / INTAKE\nNombre: {pt}   Fecha de nacimiento: {dob}\nDomicilio: {street}, "
        "{city}, CP {zip}\nTeléfono: {phone}   Correo: {email}\nNúm. de afiliado (seguro): {plan}\n"
        "Motivo: dolor abdominal, {lab}, {bp}. Alergias: penicilina. Médico: {clin_short}. "
        "Fecha: {date_ord}. Acompañante: {fam} (hija).",
    ),
    "physiotherapy_home_exercise_progress": (
        "PT progress note — {date_written}\nPt: {pt} | visit {count} of 12 | dx s/p R THA ({icd})\n"
        "Gait: FWW, 150 ft, Berg 41/56, TUG 14 s. Pain 3/10 after {dose}. Knee brace serial {device} "
        "fitted. HEP reviewed with son {fam_first}. Driving? not yet, car {plate} stays parked. "
        "Next: {date_noyear} at {time}. PT {clin_init}. Clinic fax {fax}.",
    ),
    "occupational_therapy_adl_eval": (
        "OT EVAL {date_abbr}: {pt_caps} ({age_old_words}, widow, lives alone at {street}, {city}). "
        "ADLs: min A LB dressing, mod I feeding. Cog: SLUMS 19. Hearing aid R, serial {device}; "
        "medical alert pendant {udi}. Recommends grab bars, shower chair; {role} to order. "
        "Neighbour {fam} checks daily, {phone}. OTR/L {clin}.",
    ),
    "public_health_case_report_form": (
        "ELR | {date_time} | specimen {accession} | Salmonella spp. | pt {pt_hl7} | DOB {dob_hl7} | "
        "addr {street}, {city} {state} {zip} | ph {phone} | ordering NPI {npi} | sender IP {ip}",
        "REPORTABLE CONDITION CASE REPORT\nCondition: pertussis   Reporter: {clin}, {phone}, fax {fax}\n"
        "Patient: {pt_formal}  Sex F  DOB {dob}  County: {county}\nAddress: {street_unit}, {city}, "
        "{state} {zip}\nOnset {date_noyear}; specimen {accession} collected {date}; PCR positive. "
        "Vaccinated? yes ({year}). Household contacts: {count}. Parent {fam}, {email}.",
    ),
    "biometric_timeclock_exposure_report": (
        "Employee health — needlestick exposure\nEmployee {pt} (ID {other}) clocked in via palm-vein "
        "reader ({bio}) on {date_with_time}. Source pt MRN {mrn}, {lab2}. Wound washed, PEP "
        "{schedule}. Badge photo {photo} verified. Supervisor {clin2}. Follow-up labs {date_noyear} "
        "and at 6 weeks. Employee reachable at {phone}, {email}.",
    ),
}  # fmt: skip

# Notes with no identifier at all: clinical look-alikes only.
NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "L&D progress: G3P2 at {ga}, ctx q3 min, {score2}. BP {bp}, HR {hr}. Pitocin at 6 mU/min per "
    "{role}. {eponym2} noted. Plan AROM at {time}; GBS neg. ICD {icd}.",
    "NICU rounds {room}: {ga}, {weight}, {score}. {lab}, {lab2}. Caffeine {dose}, {schedule}. "
    "No apnea x {duration}. Family updated by {role}.",
    "Infusion chair {count}: {brand2} {dose}, {schedule}. Pre-meds {dose2}. {lab}. {score}. "
    "Started {time}, completed {time2}. {lot} per pharmacy. NDC {ndc}.",
    "Tumour board summary: {age}-year-old with {eponym}, {score}, Ki-67 30%. Imaging since {year} "
    "stable. {role} recommends 4 cycles, {schedule}. CPT {cpt}.",
    "BURN ICU: {score2}, PARKLAND 4 ML/KG, UOP 0.5 ML/KG/H. HR {hr}, BP {bp}, T {temp}. {brand} "
    "DRESSINGS, {brand2} PRN. {eponym2} USED. {room}.",
    "Post-deployment screen: hearing shift at 4 kHz, {score2}, BP {bp}, {lab}. Service since {year}. "
    "Age {age}. Follow-up with {role} in {duration}.",
    "Aeromedical: class II, vision 20/20, {bp}, HR {hr}. History of {eponym} since {year}. {lab2}. "
    "Eligible after {duration}.",
    "MCI drill debrief: {count} tags issued, RR {rr}, {score}. Morphine {dose}. Times {time} to "
    "{time2}. {role} ran the yellow sector; no real patients.",
    "SAE narrative template: grade 3 febrile neutropenia, {lab}, {lab2}, {brand2} given, {schedule}. "
    "Causality possibly related. {score}. {icd}.",
    "Blood bank QC: RBC unit, {lot}, {temp} storage, crossmatch compatible, {lab}. Issued {time}, "
    "transfused over {duration}. LOINC {loinc}.",
    "Autopsy teaching case: {age}-year-old, {eponym}, heart 420 g, {eponym2}. Toxicology {lab2}. "
    "{role} reviewed. ICD {icd}.",
    "Chaplain visit with family of a {age_words}-year-old; prayed at {time}. {role} aware. "
    "Patient with {eponym}, comfortable on {dose2}.",
    "Social work: {age}-y/o, PHQ-9 of 17, {score2}. Housing referral, follow-up in {duration}. "
    "{role} to review. {eponym}.",
    "Discharge plan: SNF, {lab}, O2 2 L, {eponym2} reviewed. {room}. Meds {dose2}, {schedule}. "
    "DME per {role}.",
    "SLP: naming 71%, NIHSS 6, {schedule}, CPT {cpt}. Thickened liquids. {score}. {duration}.",
    "crisis line training script: ask about safety, means, plan. sertraline {dose}. escalate to {role} "
    "if {count}+ tablets. call length {duration}.",
    "STI clinic: {lab2}, RPR 1:32, Biktarvy {schedule}. CD4 {count}0 cells/uL. {role} counselled. "
    "ICD {icd}.",
    "TB: AFB smear 2+, RIPE {schedule}, {lab}, {weight}. DOT by {role}. ICD {icd}. Year {year}.",
    "Workers' comp guidance: light duty, no lifting > 10 kg, {schedule}. {score2}. CPT {cpt}. "
    "Review in {duration}.",
    "HL7 test: OBX|1|NM|{loinc}^Creatinine||2.07|mg/dL|0.6-1.2|H|||F NDC {ndc} {lab}",
    "Ficha: dolor abdominal, {lab}, {bp}, alergias: penicilina. {eponym}. {score}. Hora {time}.",
    "PT: Berg 41/56, TUG 14 s, pain 3/10 after {dose}, {schedule}. {room}. {duration}. {brand}.",
    "OT: SLUMS 19, min A LB dressing, {score2}, {brand2}. {age}-y/o. Grab bars per {role}.",
    "Case report template: pertussis PCR positive, vaccinated {year}, {count} contacts, {lab}. "
    "{role} notified. ICD {icd}.",
    "Transplant protocol reminder: tacrolimus (Prograf) trough goal 8-10 for the first 3 months, then "
    "5-8. Last {lab2}, {lab}. MELD {count} at listing is not a patient number. Mycophenolate {dose2}, "
    "{schedule}. Valganciclovir per {role}. CPT {cpt}; NDC {ndc}; LOINC {loinc}.",
    "TRIAGE TAG DRILL {year}: RED {count}, YELLOW 31, GREEN 58, BLACK 2. START criteria: RR > 30, "
    "cap refill > 2 s, cannot follow commands. Example: RR {rr}, HR {hr}, {score}, {score2}. "
    "Tourniquet times written as {time} and {time2}. Tag stock {lot}.",
    "Consent template v3.1 (no participant data): explain randomisation 1:1, visits on days 1, 8 and "
    "15, blood draws of 10 mL, {brand2} premedication, {dose}. Participants aged 18 to {age} may "
    "enrol; the {role} answers questions. Reconsent after amendment 4 ({year}).",
    "Burn teaching: Lund-Browder for children, rule of nines for adults. Example patient, "
    "{age}-year-old, {score2}, {weight}: Parkland 4 mL x 82 kg x 18 = 5,904 mL over 24 h, half in "
    "the first 8 h. {brand} to donor sites. HR {hr}, T {temp}. Room {room}.",
    "Partner services audit, quarter 3: {count} index cases, 71% partners notified within 14 days, "
    "RPR titres 1:8 to 1:256, {lab2}. Bicillin 2.4 MU IM x 1, doxy 100 mg BID x 14 d. "
    "ICD-10 A51.0, {icd}. Reviewed by {role} at {time}.",
    "Speech therapy group: 6 clients, aphasia, {score}. Naming 58-74%, repetition intact. Modified "
    "barium swallow rated PAS 5; {eponym2}. Next group in {duration}. CPT {cpt}, 92526.",
    "Blood bank inventory {year}: O neg 14 units, A pos 42, platelets 9 (one {lot}), FFP 60. "
    "Massive transfusion protocol 6:6:1; TEG R time 9.2 min. {lab}. Cooler temp {temp}. "
    "Contact {role}.",
    "TB clinic: IGRA positive, CXR clear, {weight}. 3HP (isoniazid 900 mg + rifapentine 900 mg) "
    "weekly x 12, {dose2} pyridoxine. LFTs: ALT 31, AST 28, {lab}. Age {age_words}. Next DOT {time}.",
    "Ship medical stores check: morphine 10 mg x 10, ceftriaxone 1 g x 6, {brand2}, {lot}. AED "
    "pads expire {year}. Crew of {count}, no illness. Checked by {role} at {time2}.",
)  # fmt: skip
