"""Set J's document styles: {key} placeholders filled from ``values`` (typed keys become gold spans).

Genres: transplant, NICU, dental, obstetric triage, forensic, travel medicine, animal-handler occupational
health, hyperbaric/dive medicine, sleep lab, prosthetics, cochlear implants, home dialysis, genetic
counselling, hospice bereavement, correctional infirmary, poison centre, aeromedical transfer, blood bank.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "transplant_donor_workup": (
        "LIVING DONOR EVALUATION — KIDNEY\n"
        "Recipient: {pt_formal}   MRN {mrn}   DOB {dob}\n"
        "Potential donor: {rel} ({relation}), donor registry ID {donor_id}\n"
        "Donor contact: {phone} / {email}\n"
        "Independent living donor advocate: {rn}\n\n"
        "Donor creatinine {creat} mg/dL, BP {bp}, BMI acceptable. Crossmatch drawn {date1}; "
        "recipient on {drug} pre-emptively. Recipient insurance member {member}, group {group}.\n"
        "Seen by {doc} with {role}; committee review booked {date2}.",
        "Transplant coordinator note ({date1} {time})\n"
        "- called {pt_first} at home ({phone}) re: organ offer, match run {donor_id}\n"
        "- pt lives at {street}, {city}, {state} {zip}; drive ~{hours} h to {facility}\n"
        "- {relation} {rel_first} will drive; backup is {rel2}\n"
        "- tac level {tac} ng/mL from {date2}, no change to {drug}\n"
        "- registry study subject {study}; consented {date3}\n"
        "Signed: {rn}, RN",
        "Post-transplant clinic, week {days}. {pt} (chart {mrn}) reports good urine output. "
        "Tacrolimus trough {tac}, creatinine {creat}, K {k}. Discussed {eponym} history with {doc_last}. "
        "Patient portal message thread: {url}. Next labs {date1}; biopsy {date2} if creatinine rises "
        "above baseline. Medicare MBI {mbi} on file. Emergency contact {rel} at {phone2}.",
        "Liver transplant selection committee, {date1}. Candidate {pt_caps}, MELD 31, SSN {ssn}. "
        "{pt_first} drove here from {city} in a pickup (plate {plate}); lives on {street} with {rel}. "
        "Social work: {role} met {rel_first} on {date2}. Financial clearance: member {member}, claim {claim}. "
        "Listing letter to {fax} (fax). Presenter {doc}.",
        "OR time-out, kidney transplant {date1}\n- recipient {pt_caps}, MRN {mrn}, wristband checked\n"
        "- photo ID on chart {photo}; palm-vein match {bio}\n- donor ID {donor_id}, cross-clamp {time}\n"
        "- surgeon {doc}, anaesthetist {doc2}\n- ureteric stent lot-tracked device UDI {udi}",
    ),
    "nicu_sign_out": (
        "NICU SIGN-OUT  bed {bed}  {pod}\n"
        "Baby Girl {pt_last} — MRN {mrn} — born {dob} at {ga} wks, BW {grams}, APGARs {apgar}\n"
        "Mom: {rel} (MRN {mrn2}), cell {phone}; dad {rel2} visits evenings\n"
        "Resp: CPAP 6, FiO2 {pct}; caffeine. FEN: TPN + trophic feeds. ID: {drug}\n"
        "Bili {bili} on {date1}, under phototherapy. Giraffe isolette serial {serial}.\n"
        "To do: HUS {date2}, ROP exam per {role}. Attending {doc}.",
        "| Field | Value |\n|---|---|\n"
        "| Infant | {pt_caps} |\n| DOB / time | {dob} |\n| Birth certificate no. | {cert} |\n"
        "| Mother | {rel} |\n| Address | {street}, Apt {unit}, {city} {zip} |\n"
        "| Pediatrician | {doc}, NPI {npi} |\n| Neonatal study | {study} |\n"
        "| Monitor serial | {serial} |\n\nGA {ga}, weight today {grams}, HR {hr}, RR {rr}, SpO2 {spo2}.",
        "Family meeting {date1}. Present: parents {rel} and {rel2}, {role}, {doc}. Baby {pt_first} "
        "(born {dob}) had {eponym} ruled out; echo {date2}. Parents asked about transfer to "
        "{facility}. Mother's Medicaid number {member}. Hospital account {acct}. Follow-up call to "
        "{phone} on {date3}.",
        "nicu parent chat (via {url})\n{rel_first}: how is {pt_low} tonight\n{rn_first}: sleeping, "
        "{grams} today, on {drug}. {doc_last} saw her at {time}\n{rel_first}: we r coming {date1}, "
        "parking in the garage, car is {plate}\n{rn_first}: ok, desk has it. badge for dad {rel2} "
        "printed. bring the form with your SSN {ssn} for the Medicaid paperwork",
        "Infant security enrolment — {facility}\nInfant: Baby Boy {pt_last}, MRN {mrn}, born {dob}\n"
        "Parent 1: {rel}, palm-vein template {bio}\nParent 2: {rel2}, fingerprint template {bio2}\n"
        "Parent photos on file: {photo}, {photo2}\nHUGS tag serial {serial}\nEnrolled by {rn}, {date1}",
    ),
    "dental_chart": (
        "PERIODONTAL CHARTING — {facility}\n"
        "Patient: {pt_formal}  DOB {dob}  Chart {mrn}\n"
        "Dentist: Dr {doc} (lic. {lic}, NPI {npi})  Hygienist: {rn_first}\n"
        "Pocket depths max {pocket} at {tooth}; BOP {pct}. Bitewings taken. Extraoral full-face photo "
        "saved as {photo}.\nTx plan: SRP x4 quads ({cpt}). Dx {icd}.\n"
        "Insurance: subscriber ID {member}, group {group}; claim {claim} submitted {date1}.",
        "{pt}, {age90} years old, came in with her {relation} {rel_first} for a denture reline. "
        "Lives at {street} in {hood}. Last visit {date1}; {tooth} extracted {date2}. Takes "
        "{drug} — no need to hold. Statement sent to account {acct}. Reminder text to {phone} for "
        "{date3}. Treating dentist {doc_last}.",
        "Dental lab slip\nDoctor: {doc}  DEA {dea}\nPatient: {pt_caps}   Case due {date1}\n"
        "Shade A2, {product}, crown on {tooth}. Return to {facility}, {street}, {city} {zip}.\n"
        "Lab email {email2}; fax Rx to {fax}. Patient photo ref {photo}.",
        "{pt_first} {pt_last} came in on {date1} about the broken bridge on {tooth}. She is "
        "{age90} and sharp as ever; {rel} drove her over from {hood}. Online booking came through "
        "{url} from {ip}. Insurance card member {member}. Claim {claim}. Recall {date2}.",
        "TOOTH CHART  {pt_caps}  DOB {dob}\n| tooth | finding | plan |\n|---|---|---|\n| {tooth} | MOD caries | "
        "composite |\n| #30 | fractured cusp | crown, {cpt} |\nPano {date1}. Anxiety: nitrous at {pct}. Guardian "
        "{rel} signed consent. Account {acct}. Provider {doc}, DEA {dea}.",
    ),
    "obstetric_triage": (
        "L&D TRIAGE — {date1} {time}\n"
        "Nombre / Name: {pt}   Fecha de nacimiento: {dob}   MRN {mrn}\n"
        "G3P2 at {ga} wks, c/o contractions q {count} min. Bishop score {bishop}. BP {bp}, HR {hr}.\n"
        "SSN on registration: {ssn}. FIN {fin}.\n"
        "Partner {rel} at bedside, teléfono {phone}. Prenatal care at {facility} with {doc}; records "
        "faxed from {fax}.\nPlan: admit, {drug}.",
        "OB phone triage\n* caller: {pt_first} {pt_last}, {phone}\n* EDD {date2}, currently {ga}\n"
        "* reports {eponym}-like tightening, no bleeding\n* address on file {street}, {city}, {county}\n"
        "* advised to come in; {role} notified ({rn})\n* insurance member {member}\n"
        "* callback number if dropped: {phone2}",
        "Postpartum discharge summary. {pt_formal}, delivered {date1} at {time}. Infant {rel_first} {pt_last} "
        "APGAR {apgar}, {grams}. Rh immune globulin given {date2}. Discharged {date3} to home at "
        "{street}, Apt {unit}, {city} {zip}. Follow-up with {doc} in {days} days. SSN {ssn}. "
        "Account {acct}. Lactation: {rn}.",
        "PRENATAL INTAKE FORM\nPatient name: {pt_caps}\nDate of birth: {dob}\nSocial Security #: {ssn}\n"
        "Address: {street} Apt {unit}, {city}, {state} {zip}\nEmail: {email}\nPreferred pharmacy fax: {fax}\n"
        "LMP: {date1}   EDD: {date2}\nPartner: {rel}\nReferring: {doc}, NPI {npi}",
        "doula texts\n{rel_first}: {pt_low} is 4 cm, going in now\n{rn_first}: which hospital\n{rel_first}: "
        "{facility}, room {room}\n{rn_first}: ok meet u there. her birth plan is at {url}\n{rel_first}: "
        "thx. EDD was {date1}, she's early",
    ),
    "forensic_autopsy": (
        "OFFICE OF THE MEDICAL EXAMINER — {county}\n"
        "CASE NO. {case_no}   DECEDENT: {pt_caps}   AGE: {age90}\n"
        "DATE OF DEATH: {date1}   AUTOPSY: {date2}\n"
        "IDENTIFIED BY: FINGERPRINT TEMPLATE {bio}; VISUAL BY {relation} {rel}\n"
        "DEATH CERTIFICATE NO.: {cert}\n"
        "EXTERNAL: PACEMAKER PRESENT, SERIAL {serial}, EXPLANTED. {eponym} NOTED.\n"
        "TOXICOLOGY ACCESSION {accession}. PATHOLOGIST: {doc}",
        "Scene investigation. Decedent {pt} found in a {year} sedan, VIN {vin}, plate {plate}, "
        "parked behind {street}, {city}. Last known alive {date1} per neighbour {rel}. Driver's licence "
        "{dl}. Face photograph filed as {photo}. Body transported at {time} by {role}. Case {case_no}.",
        "Supplemental report {case_no}\n1. Decedent: {pt_formal}, born {dob}, {age90} y\n"
        "2. Implant: hip prosthesis UDI {udi}\n3. Iris scan record {bio}\n"
        "4. Next of kin: {rel}, {phone}, {email}\n5. Specimens: {accession}, {accession2}\n"
        "6. Vehicle: plate {plate}\nExaminer {doc}, {date3}.",
        "Investigator narrative: On {date1} at about {time2} I responded to {street}, {hood}, {city}. "
        "{rel}, who said she was the decedent's {relation}, let me in. {pt} lay supine. Wallet held "
        "SSN card {ssn} and licence {dl}. Insulin pump serial {serial} photographed. Car in the drive: "
        "VIN {vin}. Case {case_no}.",
        "Identification by dental comparison. Antemortem records of {pt} received {date1} from {doc2}, "
        "{facility}, fax {fax}. Postmortem radiographs {date2}. Positive ID. Case {case_no}; accession "
        "{accession}. Next of kin {rel} informed by phone ({phone}).",
    ),
    "travel_vaccine_voyage_clinic": (
        "Consultation voyage / Travel consult — {date1}\n"
        "Nom: {pt}   Né(e) le: {dob}   Passeport: {passport}\n"
        "Destination: 3 weeks, rural lowlands; departs {date2}.\n"
        "Vaccins: yellow fever given, certificate {cert}; typhoid; rabies PrEP day 0/7.\n"
        "Malaria chemoprophylaxis: {drug}.\n"
        "Courriel: {email}   Tél: {phone}\nMédecin: {doc}",
        "portal chat, travel clinic\n{pt_low}: hi its me again, leaving {date1} not {date2}, does that change "
        "the shots??\n{rn_first}: hi {pt_low}! no change. your yellow card no. is {cert}, bring it\n"
        "{pt_low}: ok. can u email it to {email}\n{rn_first}: sent from {url}\n"
        "{pt_low}: thx. my passport is {passport} if the form needs it\n{rn_first}: noted. dr {doc_last} says "
        "take {drug}",
        "Returned-traveller fever clinic. {pt_formal} (MRN {mrn}) back from a trek on {date1}, fever "
        "since {date2}, temp {temp}. Thick/thin smear accession {accession}. Travelled with {rel}, who "
        "is well. Employer occupational health: {employee}. Home: {street}, {city} {zip}. "
        "Telehealth login from IP {ip} noted on the intake form.",
        "Pre-travel checklist — {pt}\n[x] passport {passport} valid to {date1}\n[x] ICVP {cert}\n"
        "[x] travel insurance member {member}\n[ ] itinerary from {url}\n[x] emergency contact "
        "{rel} {phone}\n[x] chart {mrn}\nClinician {doc}, {date2}",
        "Visa medical (panel physician) — {date1}\nApplicant: {pt_formal}  Passport {passport}  DOB {dob}\n"
        "Applicant photograph: {photo}\nBiometrics captured: fingerprint {bio}\nChest X-ray normal; "
        "IGRA negative (accession {accession}).\nPanel physician {doc}, licence {lic}",
    ),
    "animal_handler_exposure": (
        "OCCUPATIONAL HEALTH — ANIMAL BITE / EXPOSURE\n"
        "Employee: {pt}   Employee ID: {employee}   Date of exposure: {date1}\n"
        'Site: {facility}, kennel block {bed}\nAnimal: dog "{animal}", rabies vaccination current.\n'
        "Wound: {pocket} puncture, left hand. Tdap given. {drug}.\n"
        "Workers' comp claim {claim}; supervisor {rel}, {phone}; fax report to {fax}.\nClinician {doc}",
        "Zoonosis follow-up ({date2}). {pt_first} handles primates at the {city} research colony, badge "
        "{employee}. Exposure {date1} to a macaque scratch. Exposure kit {product}. Baseline serology "
        "accession {accession}. Reachable at {email} or {phone}. Licence for the colony veterinarian "
        "{rel}: {lic}. Next review {date3}.",
        "- worker: {pt_caps}\n- DOB {dob}\n- home {street}, {city}, {state} {zip}\n"
        "- job: poultry barn, avian flu surveillance\n- fit-test {date1}, mask {lot_free}\n"
        "- oseltamivir offered\n- claim no. {claim}\n- employer fax {fax}\n- reviewed by {doc}",
        "Rabies PEP day {count}. {pt_formal} (employee {employee}, SSN {ssn}) received HRIG on {date1} "
        "and vaccine on {date2}. Exposure at the shelter on {street}, {city}. Her car, VIN {vin}, was "
        "used to transport the stray. Supervisor {rel} notified. Clinic URL for schedule {url}.",
        "Needlestick at the veterinary teaching hospital, {date1} {time}. Student {pt_first} {pt_last}, "
        "student ID {employee}, clocked in by fingerprint {bio}; badge photo {photo}. Source animal: cat "
        '"{animal}". Baseline labs accession {accession}. Supervisor {doc}. Contact {phone}.',
    ),
    "hyperbaric_dive_log": (
        "HYPERBARIC TREATMENT RECORD — {facility}\n"
        "Patient {pt_formal}   MRN {mrn}   Tx #{count}   {date1}\n"
        "Indication: diabetic foot ({icd}). Table 9, {ata}, 90 min.\n"
        "Chamber operator {tech}; physician {doc}.\nPrior authorisation {prior_auth}; member ID {member}.\n"
        "BP {bp} pre, glucose ok. Next session {date2}.",
        "Tauchunfall / diving accident\nName: {pt}   Geburtsdatum: {dob}\n"
        "Dive: {depth}, ascent fast on {date1}. Dive computer serial {serial}, log uploaded from "
        "{ip}.\nBuddy: {rel}, {phone}.\nTreated per US Navy Table 6. Email report to {email}.",
        "Dive medical clearance. {pt} ({age_adult}), lives in {hood}, {city}. Hx {eponym}. "
        "Spirometry normal. Cleared {date1} by {doc_last}; certification agency card {lic}. "
        "Face photo on the clearance form: {photo}. Contact {email} / {phone}.",
        "Chamber log {date1}\n| time | event |\n|---|---|\n| {time} | {pt} pressurised to {ata} |\n"
        "| {time2} | air break |\nAttendant {tech} (cert {lic}); camera still of patient face {photo}; "
        "chamber PLC at {ip}. SSN for billing {ssn}.",
        "- diver {pt}, DOB {dob}, cert card {lic}\n- boat plate/trailer {plate}\n- computer serial {serial}\n"
        "- symptoms 20 min after surfacing on {date1}: joint pain, {eponym} excluded\n- {ata} Table 6 at "
        "{facility}\n- insurer member {member}",
    ),
    "sleep_lab_study": (
        "POLYSOMNOGRAPHY REPORT\nPatient: {pt_formal}   DOB: {dob}   Age: {age90}\n"
        "Study date: {date1}   Referring: {doc}   Tech: {tech}\n"
        "AHI {ahi}/h, SpO2 nadir {spo2}. Dx {icd}. Titrated on {brand}, serial {serial}.\n"
        "Data uploaded from {ip} to {url}.\nPlan: CPAP 9 cmH2O; DME order {claim}.",
        "CPAP compliance download\n| item | value |\n|---|---|\n| patient | {pt} |\n| device serial | {serial} |\n"
        "| modem IP | {ip} |\n| period | {date1} to {date2} |\n| usage | {pct} nights >4 h |\n"
        "| member ID | {member} |\n| DME fax | {fax} |\n\nreviewed by {doc_last}",
        "Sleep clinic follow-up. {pt_first} {pt_last} is a {age90}-year-old with {eponym} and "
        "insomnia. Bed partner {rel} reports snoring. Actigraphy {date1} to {date2}. Video of the night "
        "saved with face-photo still {photo}. Address {street}, {city} {zip}. Portal: {url}.",
        "Driver fitness letter. {pt} ({dob}) has severe OSA, AHI {ahi}, now adherent to CPAP (serial "
        "{serial}). Fit to drive. Licence {dl}, vehicle plate {plate}. Letter mailed to {street}, "
        "{city} {zip} on {date1}. {doc}, sleep medicine.",
        "MSLT {date1}: mean sleep latency 4 min, 3 SOREMPs. {pt_formal} (MRN {mrn}), a commercial "
        "driver (licence {dl}); employer medical review officer {doc2} to be told by fax {fax}. "
        "Narcolepsy type 1 likely. HLA accession {accession}.",
    ),
    "prosthetic_limb_fitting": (
        "Prosthetics & Orthotics — Fitting Note\nClient: {pt}   DOB {dob}   Chart {mrn}\n"
        "Level: transtibial (Z89.511). Socket #2. Foot {brand}, UDI {udi}\n"
        "Gait lab signature {bio} stored.\nPrescriber {doc}, NPI {npi}. Prosthetist {rn}.\n"
        "Medicare MBI {mbi}; claim {claim}. Fax to {fax}.",
        "K-level review. {pt_formal} walks {count} blocks. Knee serial {serial}, liner {lot_free}. "
        "Seen {date1} at {facility}; phone {phone}. Photo of the full face on the consent form: {photo}. "
        "Next fitting {date2}. Insurance group {group}.",
        "* pt: {pt_caps}\n* addr: {street}, {city}, {county}\n* dl for parking permit: {dl}\n"
        "* car adapted (left-foot accelerator), VIN {vin}\n* device serial {serial2}\n"
        "* next appt {date1}\n* clinician {doc}",
        "Dear {doc_last},\nRe: {pt}, born {dob}, SSN {ssn}. Thank you for referring him on {date1}. "
        "His socket is comfortable and the microprocessor knee (serial {serial}) was programmed. The gait "
        "analysis video (portal {url}) shows a symmetric stance. Regards, {rn}",
        "Upper-limb myoelectric fitting {date1}. {pt} (b. {dob}) trains with OT {rn}. Hand serial "
        "{serial}; gait signature template {bio} recorded by the motion lab. Home: {street}, Apt {unit}, {city}. "
        "Claim {claim}; call {phone}.",
    ),
    "cochlear_implant_mapping": (
        "Cochlear implant activation — {date1}\nRecipient: {pt}  DOB {dob}  MRN {mrn}\n"
        "Implant {brand}, serial {serial}; processor serial {serial2}.\n"
        "Thresholds at {freq}: {db}. Voiceprint enrolment for phone app: {bio}.\n"
        "Audiologist {rn}. Surgeon {doc}. Remote-care link {url}.",
        "Mapping session {date1}. {pt_first}, {age90} years old, hears '{animal}' from the other room now. "
        "Daughter {rel} ({email}) asks for remote check; app registered from {ip}. Processor UDI {udi}. "
        "Next map {date2}.",
        "AUDIOLOGY REMOTE CHECK\nPATIENT: {pt_caps}\nPROCESSOR SN: {serial}\nCONNECTED FROM: {ip}\n"
        "CAREGIVER EMAIL: {email}\nIMPEDANCES NORMAL ON {date1}\nACCOUNT: {acct}",
        "{pt_first} came for the 3-month map on {date1} with {relation} {rel}. Implanted {date2} at "
        "{facility}. Streaming from an iPhone registered to {email}. Insurance member {member}; "
        "warranty claim {claim} for a cracked coil (serial {serial2}). Born {dob}.",
        "Candidacy evaluation. {pt_formal}, {age90}, bilateral severe loss ({icd}). Hearing aids serials "
        "{serial} / {serial2}. AzBio {pct} in quiet. Surgery booked {date1} at {facility}. Medicare MBI "
        "{mbi}. Son {rel}, {phone}.",
    ),
    "home_dialysis_run_sheet": (
        "HOME HEMODIALYSIS RUN SHEET\nPatient {pt_formal}  MRN {mrn}  Medicare {mbi}\n"
        "Machine {brand} serial {serial}; telemonitor IP {ip}\n"
        "| date | UF goal | BP pre | BP post |\n|---|---|---|---|\n| {date1} | 2.1 L | {bp} | {bp_post} |\n"
        "| {date2} | 1.8 L | {bp} | {bp_post} |\nCare partner: {rel} ({phone}). Nephrologist {doc}.",
        "Home dialysis nurse visit {date1} at {street}, {city} {zip}. {pt} managing well; fistula "
        "thrill good. K {k}, Hgb {hgb}, {drug}. Water system checked. Supply account {acct}. "
        "Nurse {rn}; on-call {phone2}.",
        "PD training day {count}. {pt_first} and {relation} {rel_first} practised exchanges. Cycler "
        "serial {serial}. Peritonitis signs reviewed. Transport van plate {plate}. Insurance member "
        "{member}. Next home visit {date1}. Email {email}.",
        "dialysis tech texts\n{tech}: {pt_low} alarm again, blood leak detector\n{rn}: serial?\n"
        "{tech}: {serial}, home at {street} {city}\n{rn}: swap machine {date1}, driver in van {plate}\n"
        "{tech}: ok. pt asked about SSN on the form, its {ssn}\n{rn}: dont text that, call {phone}",
        "Transplant referral from home HD unit. {pt} (MRN {mrn}, SSN {ssn}) on HHD since {date1}. "
        "Dry weight {weight}. Sent to {facility2}, fax {fax}. Portal link {url}. Social worker {rn}.",
    ),
    "genetic_counseling_pedigree": (
        "Genetic counselling — {date1}\nProband: {pt} (II-3), DOB {dob}, MRN {mrn}\n"
        "Mother {rel} (I-2) dx {eponym} at {age}; maternal aunt {rel2} (I-4) deceased {date2}.\n"
        "Sample accession {accession}; results portal {url}.\nCounsellor {rn}; geneticist {doc}.",
        "Pedigree notes\n- I-1 {rel}, b. {dob}, d. {date1}, aged {age90}\n- II-1 {pt_formal}\n"
        "- II-2 {rel2}, lives in {city2}\n- family email for cascade testing {email}\n"
        "- biobank study ID {study}\nFax consent to {fax}.",
        "Dear {rel_first},\nThank you for meeting with us on {date1} about {pt_first}'s results "
        "(accession {accession}). A copy was mailed to {street}, {city} {zip}. If you have questions, "
        "call {phone} or write to {email2}.\nWith best wishes, {doc}",
        "Cascade testing letter — family of {pt_formal}\nTo: {rel}, {street}, {city} {zip}\n"
        "Your relative's variant was found on {date1} (lab accession {accession}). Testing is free "
        "until {date2}: book at {url}. Questions: {phone}, {email2}.\n{doc}",
        "Dysmorphology clinic {date1}. {pt} ({age} y, {relation} of {rel}) — facial gestalt analysis "
        "run on the full-face photograph {photo}; second view {photo2}. Exome accession {accession}. "
        "Referring paediatrician {doc}, NPI {npi}. Family lives in {county}.",
    ),
    "hospice_bereavement_call": (
        "Bereavement call log. Spoke with {rel} ({relation} of {pt}) on {date1}. {pt_first} died "
        "{date2} at home, {street}, {city}, aged {age90}. {rel_first} is sleeping poorly. Chaplain "
        "{rn} to visit {date3}. Phone {phone}.",
        "HOSPICE ADMISSION\nPatient: {pt_formal}   Age: {age90}   DOB: {dob}\nSSN: {ssn}   Medicare: {mbi}\n"
        "Address: {street}, {city}, {county} {zip}\nPrimary caregiver: {rel}, {phone}\n"
        "Attending: {doc}  Hospice MD: {doc2}\nDx: end-stage {eponym}. {drug}.",
        "IDT note {date1}: {pt}, {age90}, decline noted, PPS {pct}. Family ({rel}, {rel2}) at bedside. "
        "Funeral home fax {fax}. Death certificate {cert} signed by {doc_last} on {date2}. "
        "Billing account {acct}.",
        "Volunteer visit notes\n- visited {rel} at {street}, {city} on {date1}\n- she showed photos of "
        "{pt_first}; memorial on {date2} at {facility}\n- {rel_first} asked about the car ({vin}) still "
        "in {pt_first}'s name\n- grief group link {url}\n- next call {date3}, {phone}",
        "Hospice chaplain, pastoral note. Visited {pt_first} ({age90}) and her {relation} {rel} at "
        "{street}, {hood}. She asked that her pastor {doc2} be called at {phone}. Memorial fund page "
        "{url}. Visit {date1}.",
    ),
    "correctional_infirmary": (
        "INFIRMARY INTAKE — {facility}\nINMATE: {pt_caps}   DOC #: {inmate}   DOB: {dob}\n"
        "BOOKING PHOTO: {photo}   FINGERPRINT: {bio}\nSSN: {ssn}\nAllergies: NKDA. BP {bp}. "
        "Withdrawal watch ({icd}).\nMedications on arrival: {drug}. Seen by {doc}.",
        "Sick call {date1}. {pt_formal}, DOC {inmate}, cell {bed}, c/o chest pain. ECG normal. Iris "
        "ID {bio}. Prior records requested from {facility} by fax {fax}. Next of kin {rel}, "
        "{phone}. Nurse {rn}.",
        "Release planning. {pt} ({age90} y, DOC {inmate}) to be released {date1}. Going to {street}, "
        "Apt {unit}, {city}. ID: driver's licence {dl}. Medicaid application {member}. Parole officer "
        "{rel}, {email}.",
        "Chronic care clinic {date1}. {pt} (#{inmate}), {age90} years old, COPD and {eponym}. Home "
        "oxygen concentrator serial {serial} ordered for release. Email from public defender {email2} "
        "asking for records. Transport by county van plate {plate}. SSN verified {ssn}.",
        "MENTAL HEALTH WATCH LOG\nNAME {pt_caps} / DOC {inmate}\n{date1} {time} — calm, ate\n"
        "{date2} {time2} — tearful, spoke of {relation} {rel}\nWATCH OFFICER BADGE {employee}\nCLINICIAN {doc}",
    ),
    "poison_center_call": (
        "poison centre call {date1} {time}\ncaller {rel_first} ({relation}), {phone}\n"
        "pt {pt_low}, {age} y, ate ~{count} tabs of {drug}\nadvised ED at {facility}\n"
        "case {case_no}\nspecialist {rn}",
        "PCC FOLLOW-UP\nCase: {case_no}  Patient: {pt}  Age: {age90}\nExposure {date1}: mixed "
        "{drug} and {drug2} by error. Daughter {rel} on {phone2}. Hospital MRN {mrn}. Fax ED "
        "notes to {fax}.",
        "Toxicology consult. {pt_formal} brought by EMS from {street}, {city} after mushroom ingestion "
        "on {date1}. Specimen accession {accession}. Ambulance unit plate {plate}. Email summary to "
        "{email2}. Poison centre case {case_no}.",
        "POISON CENTER WEB CHAT {date1}\nVISITOR IP {ip}\nNAME GIVEN {pt_caps}\nEMAIL {email}\n"
        "CHILD AGE {child_age}, SWALLOWED BUTTON BATTERY\nADVISED ED NOW ({facility})\nCASE {case_no}",
        "text line {date1}\n{rel_first}: my son {pt_low} ate a berry from the yard, pic attached\n"
        "[image: {photo}]\nspecialist {rn_first}: thank you {rel_first}, that's a photo of his face, "
        "can you send the plant instead\n{rel_first}: ok sorry. we live on {street} {city}\n"
        "specialist: case {case_no}, I'll call {phone} in 30 min",
    ),
    "aeromedical_transfer": (
        "FLIGHT RECORD\nPT: {pt_caps}  DOB {dob}  WT {weight}\nFROM: {facility} TO: {facility2}\n"
        "LIFTOFF {date1}\nGROUND UNIT VIN {vin}, PLATE {plate}\nVENT SERIAL {serial}\n"
        "FLIGHT NURSE {rn}; MEDICAL CONTROL {doc}\nGCS {gcs}, SBP {bp}",
        "Transfer request {date1}: {pt} (MRN {mrn}) from {city} to {city2}. Referring {doc}, "
        "{phone}, fax {fax}. Insurance member {member}; prior auth {prior_auth}. Family: {rel}.",
        "Post-flight debrief ({date2}). Crew: {rn}, {tech}. Pt {pt_formal}, born {dob}. Transport "
        "monitor serial {serial}; IV pump UDI {udi}. Ambulance VIN {vin}. Billing claim {claim}.",
        "Fixed-wing repatriation {date1}: {pt} ({age90} y), passport {passport}, from {city} to "
        "{facility2}. Travel insurer claim {claim}; member {member}. Family contact {rel} {email}. "
        "Oxygen concentrator serial {serial}. Ground VIN {vin}.",
        "Helicopter scene call {date1}. Patient {pt}, {age_adult}, MVC on the highway near {city}; "
        "car VIN {vin}, plate {plate}. GCS {gcs}. Flown to {facility}. Crew {rn} and {tech}. "
        "NOK {rel}, {phone}. Billing account {acct}.",
    ),
    "blood_bank_crossmatch": (
        "BLOOD BANK — CROSSMATCH REQUEST\nPatient: {pt_formal}   MRN: {mrn}   DOB: {dob}\n"
        "Specimen: {accession}   Collected: {date1}\nPalm-vein ID at bedside: {bio}\n"
        "Type & screen: O pos, antibody screen neg. 2 units RBC.\nOrdering: {doc}. Tech {tech} (lic. {lic}).",
        "Transfusion reaction workup {date1}. {pt} (MRN {mrn}, FIN {fin}) febrile after unit. "
        "Bedside barcode wristband scanned; patient confirmed name and birth date {dob}. Specimen "
        "{accession}. Reported to {doc} at {phone}.",
        "Massive transfusion activation {date1}\n- patient {pt_caps}\n- surname on band {pt_last}\n"
        "- MRN {mrn}\n- palm scan {bio}\n- ratio {ratio}\n- account {acct}\n- tech email {email2}",
        "Antibody ID referral to reference lab {date1}\nName: {pt_formal}\nDOB: {dob}\nSSN: {ssn}\n"
        "Specimen {accession}\nPrevious transfusions at {facility}\nReport to {url} or fax {fax}\n"
        "Medical director {doc}",
        "Jehovah's Witness advance directive on file for {pt_formal} (MRN {mrn}), signed {date1}, "
        "witnessed by {rel} and {rel2}. Cell saver serial {serial}. Bloodless medicine liaison {rn}, "
        "{email2}. Surgery {date2}.",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    "NICU SIGN-OUT  bed {bed}  {pod}\nBaby Girl, twin A — MRN pending — {ga} wks, BW {grams}, APGARs {apgar}\n"
    "Resp: CPAP 6, FiO2 {pct}. FEN: TPN + trophic feeds. ID: {drug}\nBili {bili}, phototherapy. "
    "Isolette Giraffe OmniBed.\nTo do: HUS on day 7, ROP exam per the ophthalmology fellow.",
    "FLIGHT RECORD\nPT: UNKNOWN MALE, APPROX {age_adult}  WT {weight}\nLIFTOFF {time}  LANDING {time2}\n"
    "VENT HAMILTON T1, MODE AC, RATE {rr}\nGCS {gcs}, SBP {bp}, HR {hr}\nCREW: FLIGHT NURSE, FLIGHT MEDIC",
    "| tooth | finding | plan |\n|---|---|---|\n| {tooth} | MOD caries | composite |\n| #30 | fractured cusp | "
    "crown, {cpt} |\n| #19 | pocket {pocket} | SRP |\nNitrous at {pct}. Local: lidocaine 2%. {icd}.",
    "OFFICE OF THE MEDICAL EXAMINER — TEACHING FILE\nCASE NO. WITHHELD   AGE: {age_adult}\n"
    "CAUSE: {eponym}; MANNER: NATURAL\nHEART 410 G, LUNGS 620/580 G\nTOXICOLOGY: {drug} THERAPEUTIC",
    "unit chat\nnight rn: bed {bed} desat to {spo2}, back up on 2L\nfellow: ok, gas at {time}?\n"
    "night rn: ph 7.31, co2 52\nfellow: start {drug}, recheck in {hours} h\nnight rn: will do",
    "HOME HEMODIALYSIS RUN SHEET\n| run | UF goal | BP pre | BP post |\n|---|---|---|---|\n| 1 | 2.1 L | {bp} | "
    "{bp_post} |\n| 2 | 1.8 L | {bp} | {bp_post} |\nMachine NxStage. K {k}, Hgb {hgb}. CPT 90937.",
    "- poison centre protocol, button battery\n- child age {child_age}, weight 14 kg\n- honey 10 mL "
    "every 10 min up to 6 doses\n- X-ray neck to abdomen\n- T18.9XXA\n- consult by {role}",
    "Consultation voyage / Travel consult — protocole\nVaccins: fièvre jaune, typhoïde, rage J0/J7.\n"
    "Paludisme: atovaquone-proguanil. Départ dans {days} jours. Âge {age_adult}. Médecin de garde.",
    "Will call back after rounds. Hope to discharge tomorrow. Frank blood in the drain overnight; May restart "
    "heparin at {time}. Page the fellow if SBP under 90. Little improvement in {eponym}.",
    "Strength 5/5 in all limbs, vision 20/20, pain 3/10, PERRLA 3 mm. Tanner stage 3. Wells score {score}. "
    "CHA2DS2-VASc 2. PHQ-9 of {score}. Age {age}.",
    "Sharp debridement of the heel ulcer, {pocket} deep. Grace period for the prior auth ends this month. "
    "Street drugs denied. Church attendance weekly. Winter months worsen symptoms. {drug}.",
    "NDC 0409-4888-02, {product}, {lot_free}. Pump {brand}, software 4.10.2. Rate {dose_units} mL/h. "
    "Bag changed at {time2}.",
    "Rose Bengal stain negative. Marsh classification 3a on biopsy. Ranson score 2. Parkland formula for "
    "{pct} TBSA. Storm of PVCs overnight, HR {hr}.",
    "Hyperbaric safety brief: no lighters, cotton gowns only, ears cleared at 1.3 ATA. Chamber {count} in "
    "use. Present: {role} and {role2}.",
    "Pedigree symbols: square male, circle female, shaded affected. Generations I-III. {eponym} "
    "autosomal dominant; penetrance {pct}.",
    "Prenatal visit at {ga} weeks: fundal height 30 cm, FHR {hr}, BP {bp}. Glucose challenge 142. "
    "{drug}. Next visit in 2 weeks.",
    "Correctional nursing protocol: vitals every {hours} h on CIWA; score {score} triggers {drug}. Cell "
    "block C, tier 2, bunk {bed}.",
    "Cochlear implant troubleshooting: change the coil cable, check magnet strength 3, re-pair the "
    "{brand} app. Impedance at electrode 12 high.",
    "Poison centre reference: acetaminophen 150 mg/kg threshold; N-acetylcysteine 21-hour protocol. "
    "Rumack-Matthew nomogram at {hours} h.",
    "Dental anaesthesia: lidocaine 2% with epinephrine 1:100,000, 1.8 mL carpule x{count}. Teeth {tooth}. "
    "{cpt}.",
    "NICU rounds, {pod}, bed {bed}. GA {ga}, weight {grams}, APGARs {apgar}. On {drug}. Bili {bili}. "
    "HR {hr}, RR {rr}, SpO2 {spo2}. Review by {role} at {time}.",
    "Periodontal recall: pocket {pocket} at {tooth}, BOP {pct}. {cpt}, {icd}. Fluoride varnish. "
    "Next recall in 6 months per {role}.",
    "L&D: {ga} weeks, Bishop score {bishop}, {eponym}. BP {bp}. {drug}. Plan reviewed by {role} at {time2}.",
    "Autopsy teaching case ({year}): {age_adult}-year-old with {eponym}; heart weight 410 g. "
    "Device {brand} explanted. Reviewed by {role}.",
    "Travel clinic protocol: yellow fever vaccine, typhoid, rabies PrEP. Malaria prophylaxis {drug}. "
    "Start {days} days before travel. Adults up to {age_adult} follow the same schedule.",
    "Animal bite protocol: wound {pocket}, Tdap if last dose before {year}. Observe the dog for 10 days "
    "(dogs named {animal} are common in our logs). {drug}.",
    "Hyperbaric: Table 9, {ata}, 90 min. Treatment {count} of 40. BP {bp}. {icd}. Operator: {role}.",
    "Dive medicine: max depth {depth}, safety stop 3 min. Dive computer {brand}. No {eponym}.",
    "PSG: AHI {ahi}/h, SpO2 nadir {spo2}, {cpt}. Titration on {brand}. Age {age_adult}. Scored by {role}.",
    "Prosthetics: socket check, {lot_free} liner, foot {brand}, {product}. K-level 3. {icd}.",
    "Audiology: thresholds {db} at {freq}; word score {pct}. Implant {brand}. Mapped by {role} at {time}.",
    "Home HD: UF goal 2.0 L, BP {bp}, K {k}, Hgb {hgb}, {drug}. Machine {brand}. {cpt}.",
    "Pedigree: II-3 affected, I-2 carrier, {eponym} in three generations. Onset at age {age}. Seen with {role}.",
    "Hospice IDT: PPS {pct}, {drug}. Family meeting at {time2}; {role} and {role2} attended.",
    "Infirmary sick call: BP {bp}, HR {hr}, withdrawal score {score}. {drug}. Room {room}. {icd}.",
    "Poison centre: {age}-year-old, {count} tablets of {drug}. GCS {gcs}. Observe {hours} h. {icd}.",
    "Flight: GCS {gcs}, BP {bp}, HR {hr}, weight {weight}. Vent {brand}. Liftoff {time}, landing {time2}.",
    "Blood bank: type O pos, antibody screen negative, ratio {ratio}. Hgb {hgb}. {cpt}. Checked by {role}.",
    "Transplant clinic: tacrolimus trough {tac}, creatinine {creat}, K {k}. {drug}. {eponym} history. "
    "Transplanted in {year}.",
    "Sleep hygiene handout: keep to a schedule, avoid screens after {time2}. {drug}. For ages up to "
    "{age_adult}. Ask {role}.",
    "Dental lab: crown on {tooth}, shade A2, {product}. {cpt}. Due back in {days} days.",
    "Occupational health: fit-test passed, N95 size M; suction catheter {lot_free}, {product}. Exposure {hours} h. "
    "Reviewed by {role} in {year}.",
)
