"""Set M's document styles: inpatient, administrative and research paperwork.

``{key}`` placeholders are filled from ``values``: identifier keys become gold spans, look-alike keys
stay untyped. Nothing identifying is written literally in a template.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "icu_flowsheet_handoff": (
        """MICU FLOWSHEET / SHIFT HANDOFF (I-PASS)        Bed {bed}  |  {unit_name}
Pt: {pt_caps}      MRN {mrn}      FIN {fin}      Adm {adm}
Attending: Dr. {doc_last}   Night RN: {rn}   Day RN: {rn_first} -> {staff_first}
Illness severity: WATCHER
Patient summary: {age}M admitted with septic shock from {eponym}-related cholangitis; intubated, {drug}.
  Hourly: HR {hr} | BP {bp} (MAP {map}) | RR {rr} | SpO2 {spo2} on FiO2 {fio2}, PEEP {peep} | T {temp}
  Drips: {drug2}; Alaris channel B pump s/n {serial} (biomed tag re-checked at {time})
  Lines: {device}; RASS {rass}; GCS {gcs}
Action list: repeat lactate (last {lactate}) at {time2}; K {k} replace per protocol; wife {kin_first} updating at bedside,
  best number {cell}.
Situational awareness: {kin} is HCP, lives in {city}; code status full.
Synthesis by receiver: read back by {staff} on {evt_dt}.""",
        """ICU HANDOFF - {unit_name} bed {bed}
{pt_lf} | {age90} y/o F | chart {mrn} | acct {acct}
Dx: {icd} / {icd2}. Day {los} of stay, transferred from {fac} on {adm}.
Overnight: desat to {spo2}, BiPAP then reintubated {evt_dt} by {doc2}; post-intubation CXR ok.
Vent AC {rr}/450/{peep}/{fio2}. Pressors: {drug}.
Pt is {age90_word} and was independent at home at {street}, {city} {zip}; son {kin} ({phone}) asked us
to call him before any procedure. Face photo for ID band on file as {photo}.
Pending: cultures from {evt}, TTE ({ef} EF last study). To do: family meeting {evt2} with {role}.
Handed off by {rn_first} to {staff_first} at {time}.""",
        """Verbal handoff, transcribed by the night resident
{pt_first} in bed {bed} is the {age90}-year-old from {hood} who came up from the ED on {evt} after {pt_first} was found down
at home by a neighbour, {staff2}. Still on {drug}, MAP {map}. The niece, {kin}, is the only family; she drives in from
{city2} and asked us to call {phone} rather than the house line. Code status was readdressed with {doc} on {evt2}: DNR/DNI.
Overnight watch the K ({k}) and the Foley output.""",
    ),
    "or_safety_checklist": (
        """WHO SURGICAL SAFETY CHECKLIST - OR {room}
SIGN IN (BEFORE INDUCTION)
[x] PATIENT CONFIRMED IDENTITY: {pt_caps}   DOB {dob_us}   MRN {mrn}
[x] IDENTITY VERIFIED BY PALM-VEIN SCAN, TEMPLATE {bio}
[x] SITE MARKED BY DR. {doc_last}     [x] CONSENT SIGNED {proc}
[x] ANESTHESIA CHECK COMPLETE ({role})  ASA {asa}
[x] PULSE OXIMETER ON, {spo2}
TIME OUT ({time})
SURGEON: {doc}   ANESTHESIA: {doc2}   CIRCULATOR: {rn}   SCRUB: {staff}
PROCEDURE: {eponym} / CPT {cpt}
IMPLANT: LOT/SERIAL {serial}   UDI {udi}
ANTIBIOTIC: {drug} GIVEN {time2}
SIGN OUT: COUNTS CORRECT X2. SPECIMEN LABELLED {accession}.""",
        """Surgical safety checklist (scanned, handwritten entries transcribed)
Patient name ..... {pt}
Date of birth .... {dob}
Hosp no .......... {mrn2}
Procedure date ... {proc}
Theatre .......... {room}, {fac}
Surgeon .......... Mr {doc_last} (consultant), assisted by {doc2}
Allergies ........ NKDA   Difficult airway: no   Blood loss risk >500 mL: yes, 2 units crossmatched
Prosthesis ....... hip stem ser. {serial}; acetabular cup ser. {serial2}
Checked with patient's husband {kin_first} who speaks for her ({cell}).
Pt ID wristband confirmed against photograph {photo}.
Sign-out by {rn_first}; count correct; {device} in situ.""",
        """OR BOARD {time} | ROOM {room} | {pt_caps} | {eponym} | SURG {doc_last} | ANES {doc2_last} | RN {rn_first} | ASA {asa}
IDENTITY BAND SCAN OK - MRN {mrn} - BAND PHOTO {photo}
EXPLANT: NEUROSTIMULATOR SER. {serial} RETURNED TO REP {staff}""",
    ),
    "cytopath_requisition": (
        """CYTOLOGY / SURGICAL PATHOLOGY REQUISITION
Patient (Last, First MI): {pt_lf}          Sex: F    DOB: {dob_iso}
MRN: {mrn}    Encounter/FIN: {fin}
Insurance: member {member}  group {group}
Ordering provider: {doc}, MD   NPI {npi}   Phone {phone}   Fax results to {fax}
Specimen: FNA thyroid, right lobe, 4 passes; ROSE adequate. Collected {evt_dt}.
Clinical hx: {eponym}; nodule 2.1 cm TI-RADS 4. Prior cytology {accession}.
Source: ultrasound-guided; fixative CytoLyt. Requested: Bethesda category, ThyroSeq if AUS.
Collected by {staff} at {fac}.""",
        """PATH REQ | {fac} Anatomic Pathology | Accession {accession}
Name {pt_caps} | MRN {mrn_digits} | DOB {dob_old} | Age {age90} | Room {room}
Specimen A: colon, sigmoid, polypectomy. Specimen B: random colon bx.
Pertinent hx: Hgb {hgb}, INR {inr}, on {drug}. Surgery {proc}. CPT {cpt} / {cpt2}.
Submitting MD: {doc_lf} (NPI {npi}); copy to {doc2}, {city}, {state} {zip}.
Billing: Medicare MBI {mbi}; secondary Medicaid {medicaid}.
Questions: path office {phone}; fax {fax}.""",
        """Einsendeschein Zytologie / Pathologie
Patient/in: {pt_lf}     Geb.-Datum: {dob}
Versichertennr.: {member}     Fallnummer: {fin}
Einsender: Dr. med. {doc}, {fac}, Tel. {phone}, Fax {fax}
Entnahmedatum: {evt}     Material: Pleurapunktat, 200 mL
Klinische Angaben: {eponym}, Z.n. Mamma-Ca {year}
Eingangsnummer Labor: {accession}""",
    ),
    "reading_room_worklist": (
        """READING ROOM 2 - WORKLIST (unsigned)  workstation {ip}
PRI | ACC#          | PATIENT                 | MRN         | EXAM              | ORDERED          | READER
STAT| {accession}   | {pt_caps}               | {mrn}       | CT head w/o       | {evt_dt}         | {doc_last}
    | note: NIHSS {nihss}, last known well {time}; call {role} at {ext}
ROUT| RAD-pending   | {kin_caps}              | {mrn2}      | MRI C-spine       | {evt2}           | {doc2_last}
    | note: pacemaker, device serial {serial} cleared MR-conditional per {role2}
Prelim phoned to {rn} at {time2}.""",
        """Radiology reading room worklist export (CSV)
accession,mrn,patient_name,dob,modality,scheduled,reading_physician,comments
{accession},{mrn},"{pt_lf}",{dob_iso},CR,{evt_dt},{doc},"portable, {device}"
{accession2},{mrn2},"{kin}",{dob},US,{evt},{doc2},"RUQ, r/o {eponym}"
# exported by {staff_last} from PACS {ip} ; neurosurgery resident pager {phone}""",
    ),
    "trial_crf_page": (
        """PROTOCOL MFX-{year2}-07  |  CASE REPORT FORM  |  Visit 4 (Week 12)
Site 112 / Subject ID {subject}     Initials: (as required by protocol)
Date of visit: {evt}     Informed consent v3.1 re-signed: {evt2}
Vitals: BP {bp}  HR {hr}  Wt {wt} kg  BMI {bmi}
Labs (central): Cr {cr} mg/dL (ref {range}), ALT 34, eGFR 61
Investigational product: cycle {cycles}, dose level 2
Concomitant meds: {drug}; {drug2}
Investigator signature: {doc}      Coordinator: {staff} ({email_staff})
EDC audit: entered {evt_dt} from {ip}; query QRY-22 answered.
Note to file: subject's spouse {kin_first} called the coordinator line {phone2} to reschedule.""",
        """eCRF - Demographics & Eligibility (re-keyed from source)
Study subject no.: {subject}
Biometric enrolment (iris) record: {bio}
Screening no.: {other}
Year of birth: {year} (only year is collected per protocol)
Consent date: {proc}     Randomised: {evt}
Source document location: {fac}, research pharmacy
Local MRN (site file only, not sent to sponsor): {mrn}
PI: {doc_lf}
Participant portal: {url}
Inclusion 3 (ECOG 0-1): met. Exclusion 7 ({eponym}): not met.""",
        """Subject: Query on visit 6 - subject {subject}
From: {staff} <{email_staff}>
To: {rn} (site 114 coordinator)
Hi {rn_first},
The AE start date on page 12 ({evt}) precedes the consent date ({evt2}). Also the source note from {fac} shows
{pt_last} instead of initials - please redact before upload to {url}. Cr {cr} at visit 6 needs a clinical
significance call by Dr. {doc_last}.
Thanks, {staff2}""",
    ),
    "serious_adverse_event_form": (
        """SERIOUS ADVERSE EVENT REPORT - INITIAL
Site subject: {subject}
Age at onset: {age90}   Sex: M
Event term: acute kidney injury (MedDRA PT), CTCAE grade {grade}
Onset: {evt}   Hospitalised: {adm} at {fac}   Outcome: recovering
Relevant labs: Cr {cr} (baseline 0.9), K {k}, Na {na}
Suspect drug: study drug; concomitant {drug}
Reporter: {doc}, sub-investigator, tel {phone}, fax {fax}
Narrative: subject presented to the ED in {city} after a fall at home; wife {kin} found him.
Hospital chart {mrn} reviewed by {staff} on {evt2}.""",
        """AE / SAE log line (site binder, page {qty})
Subj {subject} | {pt_first} {pt_last} (site-only copy) | DOB {dob} | AE: grade {grade} neutropenia, ANC 0.4
Start {evt_short} | Stop {evt2} | Serious? Y (hospitalisation {adm}) | Related? possibly
Action: dose held cycle {cycles}; G-CSF given. Treating MD {doc} at {fac2}
Infusion pump involved: yes, serial {serial}, sent to biomed {evt3}.
Reported to IRB by {staff} ({email2}) through {url}.""",
    ),
    "billing_dispute_letter": (
        """{kin}
{street}, {unit}
{city}, {state} {zip}
{evt}

Patient Financial Services
{fac}
Re: Account {acct}; claim {claim}; patient {pt}, date of birth {dob}

To whom it may concern,

I am writing on behalf of my mother about the bill of {amount} for her stay from {adm} to {dc}. The
statement lists CPT {cpt} twice and a charge for {device} that she never had. Her insurer (member ID
{member}, group {group}) paid {amount2} on claim {claim2} and the remainder was sent to collections.
Please call me at {phone} or write to {email2}. Her SSN ends the matter of identity: {ssn}.

Sincerely,
{kin}""",
        """PATIENT FINANCIAL SERVICES - DISPUTE INTAKE
Guarantor: {kin_last}, {kin_first}      Relationship: spouse      Guarantor SSN: {ssn}
Patient: {pt}       Hospital acct # {acct}     Visit # {fin}
Service date {evt}; billed {amount}; payer EOB claim no. {claim}
Reason: balance billing after in-network ED visit (ESI {esi}); No Surprises Act protections cited.
Contact: {phone}; {email}
Pay online reference: {url}
Intake by {staff} ext {ext} on {evt2}; escalated to {role}.""",
        """Patient Financial Services
{fac}

{evt}

{kin}
{street}
{city}, {state} {zip}

Dear {kin_first} {kin_last}:
We reviewed your dispute about account {acct} for services to {pt} on {adm}. The duplicate charge for CPT {cpt} has
been reversed ({amount2}). The remaining balance of {amount} reflects your plan's deductible under member ID {member}.
If you disagree, call {phone} or fax {fax}. Payment plans can be set up at {url}.""",
    ),
    "prior_auth_fax": (
        """*** FAX *** PRIOR AUTHORIZATION REQUEST ***
TO: UM Dept      FAX: {fax}      FROM: {fac}      FAX: {fax2}      PAGES: 4
Date sent: {evt}
Member: {pt_caps}   DOB {dob_us}   Member ID {member}   Group {group}
Requesting provider: {doc}   NPI {npi}   DEA {dea}   Ph {phone}
Service: {drug} for {eponym}; ICD-10 {icd}; HCPCS J1745 x {qty} units
Clinical: failed methotrexate and adalimumab; CRP 42, ESR 61.
Previous auth ref: {pa_ref}
Contact {staff} at {phone2} with questions.
CONFIDENTIALITY NOTICE: this fax contains protected health information.""",
        """Prior authorization - faxed reply received {evt_dt}
Plan ref {pa_ref} | Status: APPROVED {evt2} through {evt3}
Patient {pt_lf}; MBI {mbi}; SSN on file {ssn}
Facility: {fac}, {street}, {city} {zip}
Prescriber {doc_lf}, NPI {npi}. Pharmacy Rx {rx}.
Return fax {fax}. Case manager {staff}.""",
        """FAX COVER
to: {staff} @ plan UM, fax {fax}
from: {rn}, {fac} infusion center, ph {phone}, fax {fax2}
re: {pt_lf} / member {member} / auth {pa_ref}
# pages: 6 (incl cover)   date: {evt_short}
urgent - infusion scheduled {evt2}""",
    ),
    "release_of_info_request": (
        """AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: {pt}        Other names used: {pt_first} {kin_last}
Date of birth: {dob}      SSN: {ssn}       MRN: {mrn}
Address: {street} {unit}, {city}, {state} {zip}
Release records of: {adm} through {dc}, {fac}
Release to: {kin}, {street2}, {city2}; fax {fax}; email {email2}; or upload to {url2}
Purpose: continuity of care / legal
Identity verified by: driver's licence {dl}; copy saved as {photo}
Signature captured electronically at {evt_dt} from IP {ip}.
Processed by HIM: {staff}, request no. {other}""",
        """ROI QUEUE NOTE
Requester {kin} (attorney office) e-mailed {email2} asking for imaging and notes for {pt_caps}, DOB {dob_us}.
Portal download link issued: {url}
Caller verified last four? No - full SSN {ssn} and DOB matched; acct {acct}.
Fingerprint kiosk verification {bio} completed at HIM window {time}.
Mail to {street}, {city} {zip}. Fee {amount2}. Completed by {staff_first} on {evt}.""",
        """HIM fax log
{evt_dt} IN  from {fax}  subpoena duces tecum, {pt_caps}, DOB {dob_us}, case {case_no}, 14 pp
{evt_dt2} OUT to {fax2} records of {pt_caps} ({mrn}) to Law Office of {staff2}, {street2}, {city2} {zip2}
           sent by {staff_first}; confirmation page saved""",
    ),
    "incident_safety_report": (
        """PATIENT SAFETY EVENT REPORT  #{case_no}
Event date/time: {evt_dt}      Location: {unit_name} rm {room}
Type: fall with injury (harm level 2)
Patient: {pt}   MRN {mrn}   Age {age90}
Narrative: At {time} {pt_first} was found on the floor beside the bed by {rn}. Bed alarm was off.
Morse score 65 on admission. {drug} given at {time2}. Daughter {kin} notified by phone {phone}.
Equipment: bed exit alarm unit serial {serial} removed from service.
Reporter: {staff}, employee ID {emp}.  Manager review: {role}.""",
        """Safety report (free text, submitted anonymously from workstation {ip})
on {evt} in the parking garage at {fac} a visitor, {kin}, struck the pt's wheelchair while reversing
(plate {plate}); pt {pt_last} ({mrn}) was being discharged by transport aide {staff_first}. no LOC, GCS {gcs},
ED eval neg. security report {case_no}. the driver's licence {dl} was recorded by security.""",
        """Medication event report {case_no}
At {time} on {evt_weekday} {rn} gave {drug} intended for the patient in {room} to {pt} in the next room, who shares the
last name {pt_last} with her. Both wristbands were scanned; the scanner ({serial}) accepted the wrong band. {pt_first} was
monitored, HR {hr}, BP {bp}, no harm. Family ({kin}, {cell}) informed by Dr. {doc_last} at {time2}.""",
    ),
    "outbreak_line_list": (
        """INFECTION PREVENTION - OUTBREAK LINE LIST (C. difficile, {unit_name})
case|name|mrn|age|room|onset|specimen|result|isolation
1|{pt_lf}|{mrn}|{age90}|{room}|{evt}|{accession}|toxin B PCR pos (Ct {ct})|contact+
2|{kin}|{mrn2}|{age}|{bed}|{evt2}|{accession2}|GDH pos / toxin neg|contact+
3|{staff2_caps}|{mrn_digits}|{age2}|{room}|{evt3}|pending|-|contact+
Exposure: shared commode; EVS terminal clean {evt_short}. IP lead: {staff}.""",
        """Ligne de liste / line list - VRE cluster, {fac}
Nom: {pt_caps}   Né(e) le: {dob_old}   N° dossier: {mrn}   Ville: {city}
Date de prélèvement: {evt}   Spécimen: {accession}
Âge: {age90}   Chambre: {room}
Contact: {kin} ({phone})
Also on list: {staff2_caps} (HCW, employee {emp}) screened {evt2}, negative.
Reported to county health dept ({county}) on {evt3}.""",
        """Measles exposure - contact tracing call notes ({county} public health, {evt})
Index case seen in ED waiting room {evt_dt}. Exposed: {pt}, {dob}, lives at {street}, {city} {zip}; MMR status unknown.
Called {phone}, left voicemail; reached daughter {kin} at {cell}. Work: bus driver, employee {emp}.
Quarantine through {evt2}. Entered in state system as case {case_no}.""",
    ),
    "organ_procurement_log": (
        """OPO DONOR MANAGEMENT LOG - Donor ID {donor}
Referral: {evt_dt} from {fac}; brain death declared {evt2} at {time}, 2nd exam by Dr. {doc_last}
Donor: {pt}, {age}yo, hospital MRN {mrn}
Next of kin authorisation: {kin} (spouse), {phone}; witnessed by {staff}
Hemodynamics: MAP {map}, UO {ua} mL/h on {drug}; Na {na}
Kidney perfusion: LifePort serial {serial}, pump pressure 30 mmHg
Liver: allocated; recovery team ETA {time2}. OR {room}.
Coordinator: {rn} ({email_doc})""",
        """organ procurement coordinator log (timestamps)
{evt_dt}  referral call from {fac} ICU, pt {pt_initial}, MRN {mrn_digits}, vent, GCS 3
{time}    family {kin_last} met with {staff}; authorization signed
{time2}   cross-match blood drawn, accession {accession}
          heart not placed; kidneys on pump, device serials {serial} / {serial2}
          courier vehicle plate {plate} departed for {city2}
donor {donor}; coordinator {rn_first}""",
        """DOCUMENT OF AUTHORIZATION FOR ORGAN AND TISSUE DONATION
Donor name: {pt}   Date of birth: {dob}   Hospital: {fac}
I, {kin}, the donor's {kin_rel}, authorize recovery of: kidneys, liver, corneas.
Authorizer address: {street}, {city}, {state} {zip}   Phone: {phone}
Signed {evt} at {time}; witness {staff}; OPO coordinator {rn} (donor {donor})""",
    ),
    "involuntary_hold_form": (
        """APPLICATION FOR 72-HOUR INVOLUNTARY DETENTION (W&I 5150-type)
Person detained: {pt}       AKA: {pt_first}     DOB: {dob}     SSN: {ssn}
Address: {street}, {city}, {county}
Detained on {evt_dt} at {hood} transit center by officer {staff_last}, badge {emp}
Vehicle person was found in: plate {plate}
Reason: danger to self; statements to kill self, access to {drug}.
Evaluated at {fac}; admitted to {unit_name}.
Prior detentions: county case {case_no}; brought from county jail, inmate no. {inmate}
Booking photo on file: {photo}; fingerprints {bio}
Licensed professional: {doc}, licence {lic}
Advisement given by {rn} at {time2}.""",
        """PROBABLE CAUSE HEARING NOTICE
In re: {pt_caps}, MRN {mrn}, case {case_no}
Hearing on {evt_weekday} at {time2}, unit conference room.
Patients' rights advocate: {staff}, {phone}
Treating psychiatrist Dr. {doc_last} (licence {lic}) certifies 14-day hold from {evt}.
Patient's mother, {kin}, {street}, {city} {zip}, requested notice by email {email2}.
PHQ-9 {phq}; MMSE {mmse}.""",
        """IN THE DISTRICT COURT OF {county_caps}
In the Matter of {pt_caps}, Respondent.          Case No. {case_no}
PETITION FOR INVOLUNTARY TREATMENT
Petitioner {doc}, licensed psychiatrist (licence {lic}), states that on {evt} the respondent, residing at {street},
{city}, was admitted to {fac} after threatening family members including {kin}. Respondent's date of birth is {dob}.
Dated {evt2}.""",
    ),
    "rehab_admission_packet": (
        """INPATIENT REHABILITATION FACILITY - ADMISSION PACKET / PAQUETE DE ADMISIÓN
Nombre / Name: {pt}
Fecha de nacimiento / DOB: {dob_es}
Dirección / Address: {street}, {unit}, {city}, {state} {zip}
Teléfono: {phone}   Celular: {cell}
Seguro / Insurance: Medicare MBI {mbi}; supplemental member {member}
Número de seguro social: {ssn}
Referring hospital: {fac} (discharged {dc}); admitting physiatrist Dr. {doc_last}
FIM on admission {fim}; Braden {braden}
Equipment: power wheelchair serial {serial}
Parking permit for family vehicle: plate {plate}
Photo for ID band: {photo}
Emergency contact: {kin} - {phone2}""",
        """Rehab admit checklist ({unit_name})
[ ] face sheet: {pt_lf}, {age90} years, account {acct}, MRN {mrn}, SS# {ssn}
[ ] prior level: lived alone in {hood}, {city}
[ ] prior auth {pa_ref} from payer, fax confirmation to {fax}
[ ] DME: walker, {device}; home O2 concentrator s/n {serial}
[ ] ID band photo taken: {photo}
[ ] family training with grandson {kin_first} on {evt}
[ ] PT eval {evt2} ({role})""",
        """Welcome to the rehabilitation unit, {pt_first}!
Your therapists this week: PT {staff}, OT {staff2}. Your doctor: Dr. {doc_last}.
Your room phone: {phone}. Family may call the nurses' station any time.
Discharge planning meeting: {evt_weekday}, with your daughter {kin_first}.
Your medical record number (for the pharmacy window): {mrn}""",
    ),
    "interpreter_services_log": (
        """INTERPRETER SERVICES LOG - {evt}
Time  | Lang       | Interpreter        | Patient            | MRN        | Unit / Clinician           | Mode
{time}| Spanish    | {staff}            | {pt}               | {mrn}      | {unit_name} / Dr. {doc_last} | in person
{time2}| Vietnamese | {staff2}           | {kin}              | {mrn2}     | L&D / {rn}                 | video (IP {ip})
Notes: pt's daughter {kin_first} asked to not interpret for family; {age90_word}-year-old pt, hard of hearing.
Callback for follow-up: {phone}""",
        """Registro de intérprete / Interpreter encounter
Paciente: {pt_lf}    Expediente: {mrn}    Fecha: {evt}
Idioma: português (Brasil)   Intérprete: {staff} (cert. {lic})
Encuentro: consent for {eponym} surgery with Dr. {doc}
Teléfono de la paciente: {cell}   Correo: {email}
Duración: {los} min. Video session link: {url}""",
        """PHIẾU THÔNG DỊCH / INTERPRETER REQUEST (Vietnamese)
Họ tên bệnh nhân / Patient: {pt}
Ngày sinh / DOB: {dob}
Địa chỉ / Address: {street}, {city} {zip}
Điện thoại / Phone: {cell}
Khoa / Unit: {unit_name}, phòng {room}
Thông dịch viên / Interpreter: {staff} (ID {emp})
Ngày / Date: {evt}  Giờ: {time}
Bác sĩ / Physician: {doc_initial}
Ghi chú: patient's son {kin_first} prefers phone interpretation at {phone2}.""",
    ),
    "chaplaincy_visit_note": (
        """Spiritual Care - visit note
Visited {pt_first} {pt_last} on {unit_name} at family request. {pt_first} is {age90} and a lifelong member of a
parish in {city}; she asked that her pastor, {staff}, be called ({phone}). Her son {kin} and granddaughter
{kin_first} were present. We prayed together; she spoke of her late husband and of the farm on
{street}. Offered the Sacrament of the Sick; {role} aware. Plan: follow up on {evt_written}.
Chaplain {staff2}, {evt2}""",
        """CHAPLAINCY REFERRAL / VISIT
Pt: {pt_caps}  MRN {mrn}  Rm {room}  Faith: Muslim
Request from RN {rn_first}: family asking about ghusl and release of body after death.
Visit {evt_dt}: patient now comfort care; brother {kin} ({cell}) coordinating with the mosque in {hood}.
Imam {staff} contacted. Death occurred {dod}; body released to funeral home, director {staff2}
(licence {lic}), vehicle plate {plate}.""",
    ),
    "device_recall_notice": (
        """URGENT: MEDICAL DEVICE RECALL - PATIENT NOTIFICATION
{evt}

{pt}
{street}, {unit}
{city}, {state} {zip}

Dear {pt_first},

Our records show that your implanted cardiac defibrillator, serial number {serial}, may be affected
by a battery-depletion advisory. Your remote monitor (serial {serial2}) last transmitted on {evt2}
from address {ip}. Please call the device clinic at {phone} or fax your pacing card to {fax}.
Information for patients: {url}
Your cardiologist, Dr. {doc}, will see you on {evt3}.

Device Clinic, {fac}""",
        """Recall outreach tracker - insulin pump advisory
pt: {pt_lf} | MRN {mrn} | pump UDI {udi} | serial {serial}
contact tries: {evt} phone {phone} no answer; {evt2} email {email}; letter mailed to {street}, {city} {zip}
replacement shipped {evt3}; tracking via {url}
RN {rn} / endo {doc_initial}, MD""",
        """SMS (device clinic): Hi {pt_first}, this is {fac} device clinic. Your pump (SN {serial}) is part of a safety notice.
Please call {phone} or see {url}. Reply STOP to opt out.
SMS reply from {cell} on {evt_dt}: ok this is {kin_first} her husband, she is in {city2} until {evt2}""",
    ),
    "coverage_denial_appeal": (
        """{fac}
Department of Neurology
{street2}, {city2}, {state} {zip2}

{evt}

Appeals Unit - via fax {fax}
RE: Second-level appeal of denial, claim {claim}
Member: {pt}   Member ID: {member}   Group: {group}   DOB: {dob}
Authorization reference: {pa_ref}

I am the treating neurologist for {pt_first} and write to appeal the denial of inpatient rehabilitation after
a left MCA stroke (NIHSS {nihss}). {pt_first} cannot walk without two-person assist (FIM {fim}).
Denial letter dated {evt2} cites lack of medical necessity. Supporting notes from {adm} to {dc} attached.

{doc}, MD, NPI {npi}
{phone}  |  {email_doc}""",
        """EXTERNAL REVIEW REQUEST (state form)
Enrollee name {pt_caps}; enrollee ID {member}; Medicaid {medicaid}
Mailing address {street} {unit}, {city}, {zip}
Phone {cell}; e-mail {email}
Health plan claim number(s): {claim}, {claim2}; hospital account {acct}
Authorized representative: {kin}, relationship daughter
Date of final internal denial: {evt}
Signed {evt2}. SSN (optional): {ssn}""",
        """To the appeals department,

My name is {pt} and I am appealing the denial of my claim {claim} for my hospital stay at {fac} from {adm} to {dc}.
I was told in the ER that I was in-network. My member number is {member}. My doctor, {doc}, can be reached at
{phone}. I live at {street} in {city} and you can email me at {email}.
Thank you,
{pt_first}""",
    ),
    "ed_security_vehicle_log": (
        """EMERGENCY DEPT SECURITY - VEHICLE & VISITOR LOG
{evt_dt} | Ambulance bay blocked by private car, VIN {vin}, plate {plate}
         | Owner: {kin}, visiting {pt_caps} (MRN {mrn}), DL {dl}
         | Moved by officer {staff_last} ({emp}); tow not required
{time}   | Visitor badge printed, photo {photo}; fingerprint enrolment {bio}
Shift supervisor: {staff2}""",
        """SECURITY INCIDENT NARRATIVE
On {evt} at {time} officer {staff} responded to the ED waiting room for a disturbance involving {pt}.
The patient's vehicle, a grey sedan with plate {plate} (VIN {vin}), was parked in the fire lane.
Patient's companion {kin_first} gave a phone number of {phone}. Case {case_no} opened.
Badge access for {staff2} (employee {emp}) was reviewed.""",
        """VALET TICKET (ED entrance)
{evt_dt} | guest {kin} for pt rm {room}
vehicle: white SUV | plate {plate} | VIN (dash) {vin}
phone for pickup text: {cell}
keys hook 12 | attendant {staff_first}""",
    ),
    "ambulance_transfer_request": (
        """INTERFACILITY TRANSFER REQUEST - CRITICAL CARE TRANSPORT
SENDING: {fac}   RECEIVING: {fac2}
PT: {pt_caps}   DOB {dob_old}   AGE {age90}   WT {wt} KG
DX: {icd} STEMI, CATH LAB ACCEPTING DR {doc_last}
VITALS: BP {bp} HR {hr} SPO2 {spo2}
DRIPS: {drug}   IV PUMP SN {serial}
INSURANCE: MEMBER {member}
UNIT: MEDIC 14, VIN {vin}
CALLBACK {phone}  FAX FACE SHEET TO {fax}
REQUESTED BY RN {rn} AT {time}""",
        """Transfer center call note {evt_dt}
Caller {doc} from {fac} requesting ICU bed for {pt_lf} ({mrn}), {age}F, {eponym}.
Accepted by Dr {doc2_last}. Ground transport, rig plate {plate}. Family ({kin}, {cell}) to follow by car.
Health plan: Medicaid {medicaid}. Face sheet faxed from {fax}.""",
        """PCR (patient care report) excerpt
Unit 7 | Veh VIN {vin} | Crew {staff}, {staff2}
Pt {pt} | DOB {dob} | Home {street} {unit}, {city}
Dispatched {evt_dt}; arrived {fac} {time}. BP {bp}, HR {hr}, GCS {gcs}.
Insurance card: {member}; MBI {mbi}""",
    ),
    "decedent_release_form": (
        """RELEASE OF DECEDENT TO FUNERAL HOME
Decedent: {pt}        Date of death: {dod}        Time: {time}
Age: {age90}         MRN: {mrn}         Acct: {acct}         SSN (for death certificate): {ssn}
Place of death: {fac}, {unit_name}
Released to: funeral director {staff} (licence {lic}) of {city2}
Removal vehicle: plate {plate}, VIN {vin}
Identification: wristband + facial photograph {photo}
Next of kin: {kin}, {street}, {city} {zip}, {phone}
Pacemaker removed: no - serial {serial} noted for crematory
Released by {rn} on {evt}.""",
        """Morgue book entry
{dod} | {pt_caps} | aged {age90_word} | {mrn} | body no. {other} | released {evt2} to {staff_last} funeral home, {city}
Valuables: ring, watch - given to {kin}. Implant: {device}; ICD ser {serial}. Photo {photo2}.""",
        """Medical examiner notification (phone)
Called ME office {evt_dt}; spoke with investigator {staff} ({phone}). Decedent {pt}, {age90} y, died {dod} on {unit_name}
after a fall at {street}, {city} on {evt}. ME case {case_no}; accepted jurisdiction. Body to be picked up by ME van
plate {plate}. Next of kin {kin} informed by Dr. {doc_last}.""",
    ),
    "credentialing_memo": (
        """MEDICAL STAFF OFFICE - CREDENTIALING VERIFICATION
Applicant: {doc}
NPI: {npi}     DEA: {dea}     State licence: {lic}
Home address: {street}, {city}, {state} {zip}
Primary source verification completed {evt}; board certification through {year2}.
Malpractice: none reported. Employee ID {emp}. SSN {ssn} (payroll only).
Contact: {cell}, {email_doc}. Fax for references: {fax}
Verified by {staff}""",
        """To: Credentials Committee
From: {staff}
Date: {evt}
Re: temporary privileges, Dr. {doc_lf}

Dr. {doc_last} (NPI {npi}, DEA {dea}) will cover the ICU locum from {evt2} to {evt3}. Driver's licence
{dl} copied for badge; badge photo {photo}; biometric timeclock enrolment {bio}. Peer references from
Dr. {doc2} (NPI {npi2}, {phone}) and {fac}.""",
    ),
    "portal_helpdesk_chat": (
        """[{t1}] Agent {staff_first}: Thanks for contacting the patient portal help desk. Who am I chatting with?
[{t2}] Visitor: this is {kin}, proxy for my dad {pt}
[{t3}] Agent {staff_first}: I can help. Can you confirm his date of birth and MRN?
[{t4}] Visitor: {dob} and {mrn}
[{t5}] Visitor: the link you sent {url} says expired, I'm on {email2}
[{t6}] Agent {staff_first}: I see logins from {ip} and {ip2} - is that you?
[{t7}] Visitor: yes, home and work. Also I uploaded his photo {photo} for the proxy form
[{t8}] Agent {staff_first}: Got it. New link sent. Ticket #{other}.""",
        """helpdesk ticket {other}
from: {email}
subject: can't see my results from {evt}
body: hi, I'm {pt_first} {pt_last}, DOB {dob}, my phone is {cell}. The portal shows "{role}" ordered labs but
no values. I tried {url} from {ip}. thanks
internal note ({staff}): reset MFA, verified voiceprint {bio} on callback.""",
        """Portal audit - proxy access review
user {email2} (proxy for {pt_lf}, MRN {mrn}) logged in {evt_dt} from {ip}, again {evt_dt2} from {ip2}.
Proxy form photo ID {photo} reviewed by {staff}; face match manual. Biometric login (fingerprint) key {bio}.
Link to record: {url}""",
    ),
    "adt_a08_update_feed": (
        """MSH|^~\\&|ADT|MFX|REG|MFX|{adm_hl7}||ADT^A08|{qty}|P|2.5.1
PID|1||{mrn_digits}^^^MFX^MR~{ssn}^^^SSA^SS||{pt_hl7}||{dob_hl7}|F|||{street}^{unit}^{city}^{state}^{zip}||{phone}|||||{acct}
NK1|1|{kin_hl7}|SPO||{phone2}
PV1|1|I|{unit_name}^{room}^{bed}||||{npi}^{doc_hl7}
IN1|1|PLAN01||||||{group}||||||||||||||||||||||||||||{member}""",
        """ADT update (registration rework queue)
event A08 at {adm_dt}; patient {pt_lf}; MRN {mrn}; visit {fin}
changed: address -> {street}, {city} {zip}; home phone -> {phone}; email -> {email}
insurance -> member {member}, MBI {mbi}
attending -> {doc} (NPI {npi})
user {staff_last} at {ip}""",
        """PID|1||{mrn}^^^HOSP^MR||{pt_hl7}^^^^L||{dob_hl7}|M||2106-3|{street}^^{city}^{state}^{zip}^USA^H||{phone}^PRN^PH~^NET^Internet^{email}|||M||{acct}|{ssn}|{dl}^{state}
PV1|1|E|ED^{bed}^01||||{npi}^{doc_hl7}|||||||||||{fin}|||||||||||||||||||||||||{adm_hl7}""",
    ),
    "charge_nurse_text_thread": (
        """Secure chat - {unit_name} charge
{rn_first}: bed {bed} pt {pt_last_lower} (mrn {mrn}) pulled her PIV again, {age90} yo, sundowning
{staff_first}: call son? {kin_first} said call anytime {cell}
{rn_first}: called. he's coming from {city}. also the smart pump in {room} is alarming, sn {serial}
{staff_first}: swap it, tag for biomed. dr {doc_last} ok with {drug}
{rn_first}: k. family says she turned {age90_word} on {evt_short}""",
        """Text thread (unit phones)
{t1} {staff_first}: who has {pt_first} {pt_last} in {room}?
{t2} {rn_first}: me. her daughter {kin} wants updates by text {phone}, I said call the desk
{t3} {staff_first}: ok. ortho ({doc_last}) coming at 1400, consent for ORIF signed {evt}
{t4} {rn_first}: pt says her plate # {plate} car still in garage, can security check""",
        """[{unit_name} huddle group]
{staff_first} ({t1}): FYI family of {pt_last} in {room} - the grandson {kin} - posted her photo on the unit board, taking it down
{rn_first} ({t2}): thx. he called from {phone} asking about visiting, told him 1100-2000
{staff_first} ({t3}): also she's {age90} on {evt_short}, activities wants to do a card""",
    ),
    "biobank_consent_tracker": (
        """BIOBANK CONSENT TRACKER
participant: {subject} | linked MRN {mrn} | name {pt} | DOB {dob}
consent v5 signed {proc} (witness {staff}); re-contact: yes, via {email}
samples: {accession} (serum x4), {accession2} (buffy coat)
voice sample for speech-biomarker sub-study: voiceprint {bio}
kiosk check-in photo: {photo}
withdrawal requests: none. Address update {street}, {city} {zip} ({evt}).""",
        """Sample shipment manifest - freezer rack 7
subject, collection, specimen, volume
{subject}, {evt_dt}, {accession}, 1.8 mL
Shipped by {staff} to {fac2}; courier tracking {url}; dry-ice logger s/n {serial}
Questions: {phone} / {email_doc}""",
    ),
    "pharmacy_override_audit": (
        """AUTOMATED DISPENSING CABINET - OVERRIDE AUDIT
cabinet {unit_name}-2 | user {rn} (badge {emp}) | fingerprint login template {bio}
{evt_dt}  override: {drug} for {pt_caps} (MRN {mrn}), no active order
{time}    witness {staff}; waste 0.5 mL
Pharmacist review {evt2}: order entered late by Dr. {doc_last}; Rx {rx}. Console workstation {ip}.""",
        """Controlled substance discrepancy report
Date found: {evt}. Cabinet serial {serial}. Count off by 1 for {drug}.
Last users: {rn} (fingerprint ID {bio}), {staff2} (fingerprint ID {bio2}).
Patient involved: {pt}, MRN {mrn}, room {room}. DEA registrant: {doc}, DEA {dea}.
Resolved {evt2} by {staff}.""",
    ),
    "blood_bank_crossmatch_slip": (
        """BLOOD BANK - TYPE & CROSSMATCH
Patient: {pt_caps}   MRN: {mrn}   DOB: {dob_us}   Armband #: {other}
ABO/Rh: O NEG   Antibody screen: positive, anti-K
Units: 2 RBC crossmatched, compatible. Specimen {accession} drawn {evt_dt} by {staff}
Ordering: {doc_initial}; indication Hgb {hgb}, {eponym}
Issued to {rn} at {time2}""",
        """Transfusion reaction workup
{pt_lf} ({mrn2}), {age90} y/o, developed fever {temp} and rigors 20 min into the second unit.
Reported {evt_dt} by {rn_first}. Post-transfusion sample {accession}. Family ({kin}) at bedside. Haemovigilance
case {case_no}. Dr. {doc} notified; call back {phone}.""",
    ),
    "ethics_consult_note": (
        """Clinical Ethics Consultation
Requested by {doc} on {evt} regarding {pt}, {age90_word} years old, admitted {adm} to {fac}.
Question: surrogate decision-making. The patient's partner of 30 years, {kin}, and her estranged son, {staff2},
disagree about continuing {drug}. No advance directive on file; a POLST was reportedly signed at her home on
{street} in {city}. We met with both on {evt2}. Recommendation: the partner is the appropriate surrogate per
state law; {role} to document. Consultant: {staff}, {email_doc}""",
        """ETHICS COMMITTEE - CASE SUMMARY (deidentification pending)
Case {case_no} | pt {pt_caps} | MRN {mrn} | unit {unit_name}
Timeline: {evt} intubated; {evt2} family meeting with {kin}; {evt3} trach discussion.
Facts: GCS {gcs}, EF {ef}. Contact for family: {phone}, {email2}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """ICU FLOWSHEET - {unit_name} bed {bed}
HR {hr} | BP {bp} (MAP {map}) | RR {rr} | SpO2 {spo2} on FiO2 {fio2}, PEEP {peep} | T {temp}
Drips: {drug}; {drug2}. GCS {gcs}, RASS {rass}. Lactate {lactate}, K {k}, Na {na}.
Lines: {device}. Handed off to {role} at {time}; family updated by {role2}.""",
    """OR checklist - room {room}
Sign in: identity, site, consent confirmed by {role}. ASA {asa}. Pulse oximeter {spo2}.
Time out at {time}: procedure {eponym}, CPT {cpt}; antibiotic {drug} given {time2}.
Implant REF per {product}; counts correct x2; {device} placed.""",
    """Cytology requisition (template, blank patient fields)
Specimen: urine, voided. Clinical: hematuria, {eponym} history, on {drug}.
Hgb {hgb}, plt {plt}, INR {inr}. Order code CPT {cpt}; LOINC {loinc}. Ref range {range}.""",
    """Worklist summary for the reading room: {qty} unread CT, {cycles} MRI, ESI {esi} patients first.
NIHSS {nihss} stroke alert at {time}; {role} paged ({ext}). Room {room} scanner down {hours} h for service ({product}).""",
    """Protocol deviation log: visit window missed by {los} days; dose level 2, cycle {cycles}.
Vitals BP {bp}, HR {hr}, BMI {bmi}. Cr {cr} (ref {range}). Year of diagnosis {year}; age at consent {age}.
Concomitant: {drug}. CTCAE grade {grade}. Reviewed by {role}.""",
    """Billing education handout: CPT {cpt} (critical care, first 30-74 min) and {cpt2} are separate lines.
An average ICU stay of {los} days bills about {amount}; NDC {ndc} is charged per vial. ICD-10 {icd} supports
medical necessity. Questions go to {role}.""",
    """Prior authorization criteria (policy summary, rev. {year}): {drug} for {eponym} after failure of two agents.
Quantity limit {qty} units per {hours} h. HCPCS J1745. Diagnosis {icd}. Reviewer: {role}.""",
    """Fall prevention huddle, {unit_name}: {qty} falls this quarter, Morse >45 in {pct} of patients.
Bed alarms on at {time}; {role} rounds hourly. One fall in room {room} bed {bed}, GCS {gcs} after, no injury.""",
    """Outbreak summary (aggregate only): {qty} cases of norovirus on {unit_name}, ages {age} to {age2}.
Attack rate {pct}. Ct values {ct}. Terminal clean with sporicidal agent; {role} leads daily huddle at {time}.""",
    """Donor management targets: MAP > {map}, UO {ua} mL/h, Na {na}, pH 7.35-7.45, {drug} titrated.
Perfusion pump {product}; pressure 30 mmHg. {role} coordinates OR {room}.""",
    """Behavioral health unit census: {qty} patients, {cycles} on holds. PHQ-9 median {phq}, MMSE {mmse}.
PRN {drug} given {los} times this week. {role} reviewed restraint log; no seclusion > {hours} h.""",
    """Rehab admission criteria: tolerate 3 h therapy 5 days/week; FIM {fim}; Braden {braden}.
Diagnoses: {eponym}, {icd}. Equipment: {device}. Age {age}, BMI {bmi}. Referral reviewed by {role}.""",
    """Interpreter services weekly report: {qty} Spanish, {cycles} Vietnamese, {los} ASL encounters.
Average wait {pct} under 15 min; video units in {unit_name} and {room}. Contact {role}.""",
    """Spiritual care rounding: visited {qty} patients on {unit_name}; {cycles} end-of-life visits.
One patient, age {age}, with {eponym} asked for communion at {time}. {role} notified.""",
    """Device advisory summary: {device} and {product} affected; no patient action if battery > {pct}.
Remote transmissions checked nightly at {time}. EF {ef} threshold for replacement review. {role} owns the list.""",
    """Appeal statistics {year}: {qty} denials overturned of {cycles} dozen; average {los} days to decision.
Common codes: {icd}, {icd2}; CPT {cpt}. Most overturned after peer-to-peer with {role}; lab reference {range} quoted.""",
    """ADC override policy reminder: overrides for {drug} require a witness for waste; cabinet model {product}.
Last quarter {qty} overrides, {pct} with a late order. Fingerprint login replaces PIN at all {cycles} cabinets.
Pharmacy reviews the report at {time}; questions to {role} ({ext}).""",
    """BLOOD BANK QUICK REFERENCE: O NEG units on hand {qty}; MTP cooler 6 RBC : 6 FFP : 1 apheresis PLT.
Transfuse if Hgb < 7 ({hgb} today on the index case in bed {bed}). Reaction: stop, NS, send tubes, call {role}.
Irradiated products for {eponym}. ABO recheck required before issue.""",
    """Ethics committee education session: surrogate hierarchy, POLST vs. advance directive, and capacity.
Case discussed (no identifiers): age {age}, {eponym}, GCS {gcs}, EF {ef}. Next session at {time2} in room {room}.""",
    """SECURITY SHIFT SUMMARY: {qty} vehicle checks, {cycles} tows, ambulance bay clear at {time}. Garage level 3 lights out.
Visitor badges printed: {los}. Code grey x1 in {unit_name}, resolved by {role}.""",
    """OBX|1|NM|2160-0^Creatinine^LN||{cr}|mg/dL|0.6-1.2|H|||F
OBX|2|NM|718-7^Hemoglobin^LN||{hgb}|g/dL|12.0-15.5|L|||F
OBX|3|NM|2823-3^Potassium^LN||{k}|mmol/L|3.5-5.1|N|||F
OBX|4|NM|{loinc}^Panel result^LN||{wbc}|see report|{range}|A|||F""",
    """[{t1}] Agent: Thanks for contacting the portal help desk. For security we never ask for passwords in chat.
[{t2}] Visitor: my lab says ref range {range}, is {wbc} bad?
[{t3}] Agent: I can't interpret results; please message your care team or call the nurse line. Anything else?""",
    """Transfer center metrics: {qty} requests, {pct} accepted, median {los} min to bed assignment.
Critical care transport: {cycles} runs, STEMI door-to-balloon {ua} min average. Drip pumps {device}.""",
    """Credentialing checklist (blank): NPI verified [ ], DEA verified [ ], board certification [ ], malpractice history [ ],
peer references x3 [ ], privileges requested: CPT {cpt}, {cpt2}. Committee meets at {time} in room {room}.""",
    """Recall notice (general information): {device} models with {product} may lose battery early. Patients with a
remote monitor do not need to act. EF below {ef} or pacing dependence: clinic review within {hours} h.""",
    """Chaplaincy protocol: offer visit to every patient over {age} on comfort care; document faith preference;
the Sacrament of the Sick, ghusl, and shiva call notes go to {role}. Average visit {los} min.""",
    """Morgue census: {qty} decedents, {cycles} pending ME review, {los} awaiting funeral home. Cooler temp {temp} C at {time}.
Pacemaker and ICD removal before cremation per policy; {role} signs the log.""",
    """Quality dashboard, {unit_name}: CLABSI {cycles}, CAUTI {qty} ({device} days {ua}), falls {los}, HAPI stage 2 x {grade}.
Hand hygiene {pct}. Sepsis bundle compliance {pct}. Lactate redraw if > {lactate}.""",
    """LAB RANGES CARD: Na 135-145 | K 3.5-5.1 | Cl 98-107 | HCO3 22-29 | BUN 7-20 | Cr 0.6-1.2 | Glu 70-99 |
WBC 4.0-11.0 | Hgb 12.0-15.5 | Plt 150-450 | INR 0.9-1.1 | Trop < 0.04 | Lactate 0.5-2.2 (value {lactate}).""",
    """Rapid response at {time}: HR {hr}, BP {bp}, RR {rr}, SpO2 {spo2}. {drug} given; {drug2} started. GCS {gcs}, NIHSS {nihss}.
APGAR n/a. ESI {esi} on arrival. Transferred to {unit_name} bed {bed}; {role2} at bedside. Foley placed.""",
    """L&D board (no names on the public board): room {room}, G2P1 at 39 weeks, epidural, pain {pain}/10.
Baby out at {time}, APGAR {apgar}; cord gases sent. Mom: BP {bp}, EBL 350 mL, {drug}. Trop {trop} on the
preeclampsia rule-out (ref {ref_range}). {role} to update the board.""",
)
