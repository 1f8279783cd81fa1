"""Document styles for set P: community, outpatient and public-health settings outside the hospital.

``TEMPLATES`` maps a note type to its templates (identifiers planted); ``NEGATIVE_TEMPLATES`` are notes
with no identifier at all, full of look-alikes. ``{key}`` is filled from ``values.identifiers`` (gold)
and ``values.lookalikes`` (filler). Literal braces never appear: the JSON-like exports use brackets.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "school_nurse_visit_log": (
        """HEALTH OFFICE DAILY LOG - {facility}
Date of visit: {date_us}    Time in: {time}   Time out: {time2}
Student: {pt_lfm}   Grade: {grade}   Student ID: {student_id}   DOB {dob_child}
Complaint: knee pain after PE, hx {eponym}. {vitals}.
Action: ice 15 min, rest in {room}. Called parent/guardian {kin} at {phone}; no answer, left msg.
Inhaler on file: {brand}. Emergency card photo: {photo}.
Nurse initials / signature: {staff}, RN (school nurse lic. {lic})""",
        """| time | student | id | reason | disposition |
|------|---------|----|--------|-------------|
| {time} | {pt_caps} | {student_id} | headache, {vitals} | returned to class |
Log date {date_wd}. Parent {kin_full} picked up at {time2}; address on card {street}, {city} {zip}.
Pump check: {devbrand} serial {serial}, CGM reading {lab}. {score}.
Entered by {staff_first} (health aide) - cc {role}, {email2}; forms at {url}""",
        """nurse note ({date_lower}): {pt_lower} came in from recess crying, scraped palm, cleaned and bandaged.
mom ({kin_lower}) says she moved to {street_lower} in {city_lower}, new cell {phone2}.
{eponym2} follow-up letter sent home. Chart no. {mrn} at {facility2}. ({staff_lower})""",
    ),
    "workers_comp_first_report": (
        """EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS
Claim No.: {claim}          Employer FEIN: on file
Employee name: {pt_caps}    SSN: {ssn}    Date of birth: {dob_us}
Home address: {street}, {unit}, {city}, {state} {zip}
Employee no.: {emp_id}    Phone: {phone}
Date/time of injury: {dt}    Last day worked: {date_us}
Description: slipped on loading dock, {eponym} flare; {vitals}. Treated with {dose}.
Vehicle involved (forklift/truck) VIN: {vin}   Plate: {plate}
Treating provider: {doc}, NPI {npi}. Fax report to adjuster at {fax}.""",
        """Occupational Health - Return-to-Work Note
Worker: {pt}   Emp ID {emp_id}   WC claim # {claim}
Seen {date_long} at {facility}. Restrictions: no lifting > 20 lb until {date2}.
{score}; {lab}. Drug screen specimen ID {specimen} (negative).
Supervisor: {staff_full}, {email2}, tel {phone2}, fax: {fax}
Driver's licence checked (CDL {dl}) - cleared for non-commercial driving only.
Signed, {doc}, MD - license {lic}""",
        """wc intake,{date_iso},{pt_full},{dob_iso},{ssn},{claim},{city},{zip},"{dose}",{icd}
adjuster notes: {staff} called {phone} re claim, employer contact {kin_full}. Case ref {case_no}.""",
    ),
    "travel_clinic_pretrip_consult": (
        """CONSULTATION VOYAGE / TRAVEL MEDICINE
Nom / Name: {pt_lfm}      Né(e) le / DOB: {dob_eu}
Dossier n°: {mrn}      Courriel: {email}
Itinéraire: depart {date_eu}, return {date_eu2}; Ghana, Togo.
Vaccins: {brand} {cvx} {lot}; Typhim Vi booster. Malaria PPx: {dose}.
Passport photo on file: {photo}. Téléphone: {phone}
Médecin: Dr {doc_last} ({doc}) - RPPS/NPI {npi}""",
        """Travel Health Consult - {date_long}
{pt} ({age2} y; SSN {ssn}) traveling with spouse {kin_full} to Peru on {date_noyear}.
Address {street}, {city}, {zip}. Insurance member {plan}, group {group}.
Given: {brand2}, {lot2}. {lab}. Yellow fever cert no. on card. prescription {rx} for {dose2}.
Portal: {url}""",
    ),
    "immunization_registry_export": (
        """<ImmunizationRecord>
  <RegistryId>{registry_id}</RegistryId>
  <PatientName>{pt_caps}</PatientName>
  <BirthDate>{dob_iso}</BirthDate>
  <Address><Line1>{street}</Line1><City>{city}</City><County>{county}</County><Zip>{zip}</Zip></Address>
  <Guardian>{kin_full}</Guardian><Phone>{phone}</Phone>
  <Dose vaccine="{cvx}" ndc="{ndc}" lot="{lot}" date="{date_iso}" site="L deltoid"/>
  <Dose vaccine="CVX 208" lot="{lot2}" date="{date_iso2}"/>
  <Eligibility program="VFC">Medicaid {medicaid}</Eligibility>
  <SubmittedFrom ip="{ip}" user="{staff_first}"/>
</ImmunizationRecord>""",
        """PID|1||{registry_id}^^^IIS||{pt_caps}||{dob_caps}|F|||{street_caps}^^{city_caps}^{state}^{zip}||{phone}
RXA|0|1|{date_caps}|{date_caps}|{cvx}|0.5|mL||{lot}||administered by {doc_caps}
NK1|1|{kin_caps}|MTH
NTE|chart {mrn}; export host {ip}""",
        """rejestr szczepień / registry export line
imię i nazwisko: {pt}; data urodzenia: {dob_eu}; adres: {street} {unit}, {zip} {city}
szczepionka {cvx} ({brand}), {lot}, podano {date_eu}; następna dawka {date_noyear}
IIS ID {registry_id}; wprowadził(a): {staff}; e-mail {email2}; IP {ip}""",
    ),
    "wic_certification_record": (
        """PROGRAMA WIC - CERTIFICACIÓN
Nombre del participante: {pt}     Fecha de nacimiento: {dob_us}
Madre / tutora: {kin}     Teléfono: {phone}
Dirección: {street}, {unit}, {city} {zip}
Núm. de familia WIC: {wic_id}     Medicaid: {medicaid}
Fecha de certificación: {date_eu}    Próxima cita: {date_noyear} a las {time}
Peso {weight}, {score}; {lab}. Fórmula: {brand}.
Nutricionista: {staff_full}""",
        """WIC Nutrition Ed Contact
Family ID {wic_id} | Participant {pt_caps} | DOB {dob_child_caps}
Caregiver {kin_full}, cell {phone2}, email {email}
Recert {date_long} (online: {url}); breastfeeding peer counselor {staff2} called {date_wd}.
Labs: {lab} ; {score}. Clinic site: {facility}, {county}.""",
        """wic txt reminder log
{dt} to {phone}: "Hi {pt_first}, your WIC appt at {facility} is {date_wd} at {time}. Reply C to confirm."
{dt2} from {phone}: "C. can my sister {kin_first} pick up the benefits card?"
note ({staff_lower}): proxy form mailed to {street}, {city} {zip}.""",
    ),
    "televisit_transcript": (
        """[Video visit transcript - auto-generated]
Session link: {url}   Client IP: {ip}   Started {dt}
CLINICIAN ({doc}): Can you confirm your name and date of birth?
PATIENT: {pt_full}, {dob_long_spoken}.
CLINICIAN: And you're still at {street} in {city}?
PATIENT: Yes. My daughter {kin_first} is here too. My cuff is the {devbrand}, serial {serial}.
CLINICIAN: Readings look okay, {vitals}. {score}. I'll send {dose} to the pharmacy.
[voice identity check: voiceprint {bio_voice} matched]
Ended {time2}. Chart {mrn}.""",
        """Telehealth Encounter Note
Pt: {pt} | MRN {mrn} | DOB {dob_iso} | Age {age90}
Modality: audio-video via {url}; pt located at home ({street}, {unit}, {city} {zip}); provider at clinic.
Remote monitor ({devbrand}): {udi}. Caregiver {kin} ({phone}) assisted.
A/P: {eponym}; {lab}. Follow up {date_noyear}. -- {doc}, NP
audit: session from {ip2}, {dt2}""",
        """chat log - e-visit
[{time}] system: {pt_first} joined from {ip}
[{time}] {pt_first}: hi its {pt_lower}, my email changed to {email}
[{time2}] {staff_first}: thanks! also updating phone {phone}. Dr. {doc_last} will join shortly.
[{time2}] {pt_first}: ok. the rash started {date_noyear}, looks like {eponym2}?""",
    ),
    "pharmacy_refill_call_log": (
        """REFILL LINE - VOICEMAIL TRANSCRIPTION
Received: {dt}   Caller ID: {phone}
"Hi this is {pt_full}, date of birth {dob_us}, calling for a refill on prescription number {rx}, the {dose}. Also the one from Dr. {doc_last}, number {rx2}. You can call me back at {phone2}. Thanks."
Tech {staff}: processed, BIN/PCN on file ({bin}, {pcn}), member ID {plan}, group {group}.
Prescriber DEA {dea} / NPI {npi}. Prior auth ref {pa_ref}. Fax PA form to {fax}.""",
        """Call log | {date_us}
| time | caller | Rx # | note |
|---|---|---|---|
| {time} | {pt_caps} | {rx} | {dose} - too soon, due {date_noyear} |
| {time2} | {kin_full} (spouse) | {rx2} | {brand}, copay {dollars} |
Refill online: {url2}
Pt account {acct}; pharmacy profile # {mrn2}; delivery to {street}, {city}. Pharmacist {staff_full}, RPh lic {lic}.""",
        """rx_refill: caller={pt_lower} dob={dob_iso} rx={rx} phone={phone} drug="{dose}" qty={qty} refills_left={refills} prescriber_npi={npi} medicare_id={mbi} age={age90} tech={staff_first} src_ip={ip}""",
    ),
    "home_aide_timesheet": (
        """HOME CARE AIDE TIMESHEET - Week of {date_long}
Client: {pt}   Client #: {client_id}   Medicaid: {medicaid}   SSN {ssn}
Service address: {street}, {unit}, {city}, {state} {zip}
Aide: {staff_full}   HHA cert: {lic}
Mon {date_noyear}  in {time} out {time2}  {hours} h  (bath, meal prep)
EVV clock-in by fingerprint template {bio_fp}; GPS ok. Mileage vehicle plate {plate}.
Client is {age90} years old, {score}. Supervisor: {staff2}, phone {phone}""",
        """TALAAN NG ORAS / Caregiver timesheet
Pangalan ng kliyente: {pt}   Edad: {age90}
Tirahan: {street}, {city} {zip}
Tagapag-alaga (aide): {staff}   Sertipiko blg.: {lic}
Petsa: {date_eu}  Oras: {time} - {time2}
Voice check-in ID: {bio_voice}   Telepono ng pamilya ({kin}): {phone}
Mga gawain: {dose} reminder, {vitals}. Billing acct {acct}""",
        """evv_export;visit_date={date_iso};client={pt_caps};aide={staff_full};start={time};end={time2};palm_scan={bio_palm};device_ip={ip};odometer_plate={plate};payer_id={plan};notes={role} notified / {brand}""",
    ),
    "community_paramedic_visit": (
        """COMMUNITY PARAMEDICINE HOME VISIT
Unit {unitno}   Visit {dt}
Pt {pt_lfm}, {age90} yo, at {street} {unit}, {city} ({hood})
Medicare MBI {mbi}   Chart no. {mrn}
Referred by {doc} after ED discharge {date_us}. {vitals}. {lab}.
Glucometer SN {serial} downloaded; scale {devbrand}. Neighbour {kin} ({phone}) has key.
Paramedic: {staff}, state cert {lic}""",
        """MIH-CP follow-up - {date_wd}
{pt} ({pt_init}) seen at home in {city}, {county}. Daughter {kin_full} present.
Home O2 concentrator serial {serial2}, pulse ox {vitals2}. {score}.
Meds reconciled: {dose}; {dose2}. Call back {phone2}.
Signed {staff}, CP-C; reviewed by medical director Dr. {doc_last}.""",
        """PARAMEDIC CP NOTE // {date_caps}
PT: {pt_caps_fl}  DOB: {dob_caps}  AGE: {age90b}
ADDR: {street_caps}, {city_caps} {zip}
INS: {plan} / MEDICAID {medicaid} / SSN {ssn}
LIFT ASSIST X2 THIS MONTH, {score}. PENDANT ({devbrand}) SN {serial}. {role2} TO CALL {phone}.""",
    ),
    "street_outreach_encounter": (
        """Street Medicine Outreach - Encounter
Date: {date}   Location: under the bridge at {street2}, {hood}, {city}
Client: "{pt_first}" ({pt_full} per ID), HMIS client ID {client_id}
Sleeps in vehicle: plate {plate}, VIN {vin} (per DMV printout).
Wound care L shin, {vitals}. Narcan kit given. {score}.
Contact via friend {friend} at {phone} or drop-in at {facility}.
Outreach: {staff_full} / {staff2}""",
        """outreach van log {date_lower}
- {pt_lower} (aka {pt_first}), stays near {hood}, last housed {street_lower}
- photo id taken for shelter: {photo}
- ssn recovered from old letter {ssn}; medicaid app {medicaid}
- car: {plate2}
- {dose}, {lab}
({staff_lower})""",
    ),
    "jail_sick_call_slip": (
        """INMATE SICK CALL REQUEST
Name: {pt_caps}   Booking/DOC #: {inmate}   Housing: {room}
DOB: {dob_us}   Date submitted: {date_us}
Complaint (inmate's words): "tooth pain 3 days, cant eat"
Triage ({staff}, LPN, lic {lic}): {vitals}. {dose}. Dental list {date_noyear}.
Identity verified: fingerprint {bio_fp}, booking photo {photo}.
Medical record {mrn}. Forwarded to Dr. {doc_last}.""",
        """DETENTION CENTER - SICK CALL TRIAGE
Date/Time {dt} | Inmate {pt_lfm} | # {inmate} | Age {age}
Facility {facility}, {county}
S: cough x1 wk. O: {vitals2}, {lab}. PPD {ppd}. A: r/o TB. P: CXR, isolate.
Emergency contact on booking sheet: {kin} {phone}. SSN {ssn}.
Iris scan ID {bio_iris} (housing unit door)""",
        """sick call slip  -  recd {date_lower}
from: {pt_lower}, doc no {inmate}
"my sugar is high, i need my {brand}"  -- nurse {staff_first}: fsbs {lab}, seen {time}.
mugshot ref {photo}""",
    ),
    "summer_camp_health_form": (
        """CAMP HEALTH HISTORY & MEDICATION FORM  (Session 2, {year})
Camper: {pt_full}   Birthdate: {dob_child}   Cabin: {room}
Parent/Guardian 1: {kin}   Cell: {phone}   E-mail: {email}
Parent/Guardian 2: {staff_full}   Work: {phone2}
Home: {street}, {city}, {state} {zip}
Insurance: {plan} (group {group})
Allergies: peanuts - {brand}. Meds: {dose}. Insulin pump ({devbrand}) serial {serial}.
Physician: {doc}, phone {phone3}. Last exam {date_us}. Photo for lanyard: {photo}""",
        """Camp Infirmary Log
{date_wd} {time}: {pt} (cabin {jersey}) - homesick, {vitals}. Called {kin_first} at {phone}.
{date_noyear} {time2}: same camper - bee sting, {dose2}. Counselor {staff2} witnessed.
Parent pickup {dt} by {kin_full}; plate {plate}.""",
        """camp_form:
  camper: {pt_lower}
  dob: {dob_iso}
  guardian: {kin}
  guardian_email: {email}
  address: {street}, {unit}, {city} {zip}
  pump: [brand: {devbrand}, serial: {serial}]
  nurse: {staff}
  portal: {url}""",
    ),
    "sports_preparticipation_exam": (
        """PREPARTICIPATION PHYSICAL EVALUATION (PPE)
Name: {pt}   Sex: F   Age: {age}   Grade: {grade}   School: {facility}
Sport(s): soccer, track   DOB: {dob_child}   Jersey {jersey}
History: {eponym} L knee. FHx sudden death <50: no. {score}.
Exam: {vitals}; {score2}. Cleared without restriction.
Physician: {doc}, MD   License #: {lic}   NPI: {npi}   Date: {date_us}
Parent: {kin}   Phone: {phone}""",
        """Athletic Trainer Clearance - {date_long}
Athlete {pt_caps} | Student ID {student_id} | ht/wt {weight}
Prior concussion {date_noyear} (baseline ImPACT on file). {score}.
Cleared by {doc_lfm} (lic {lic2}); AT {staff_full}, email {email2}
Heart screen ECG device {serial} (normal). Home {city}, {zip}""",
        """ppe kiosk upload - athlete={pt_full}; dob={dob_child}; school={facility}; gait_scan_id={bio_gait}; headshot={photo}; uploaded_from={ip}; guardian={kin_full}; guardian_cell={phone}""",
    ),
    "dental_recall_postcard": (
        """IT'S TIME FOR YOUR CLEANING!
{pt_full}
{street} {unit}
{city}, {state} {zip}
Our records show your last hygiene visit was {date_long}. Please call {phone} or book at {url}.
Acct #{acct} | Hygienist {staff_first} (RDH lic. {lic})""",
        """Dental Recall List - printed {date_us}
Patient              | Last recall | Due        | Phone          | Acct
{pt_caps}   | {date_us2} | {date_noyear} | {phone}   | {acct}
{kin_caps}  | {date_iso} | overdue    | {phone2}  | {acct2}
Notes: {pt_first} is {age90}; daughter schedules. {cpt} {cpt2}; tooth {tooth} watch.""",
        """Hola {pt_first}: le recordamos su limpieza dental el {date_noyear} a las {time} en {facility}.
Si no puede venir llame al {phone}. Su cuenta: {acct}. Seguro dental: {plan}.
— {staff_full}, higienista""",
    ),
    "optometry_rx_slip": (
        """SPECTACLE PRESCRIPTION
Patient: {pt}     DOB: {dob_us}     Exam date: {date_us}
        SPH    CYL    AXIS   ADD
OD     -1.25  -0.50  180    +1.50
OS     -1.00  -0.75  175    +1.50
PD 62/59. {score}. Expires {date_long}.
{doc}, OD - License {lic} - NPI {npi}
{street2}, {city2} {zip2} - tel {phone} - fax {fax} - {url}""",
        """Vision Center invoice/Rx
Cust acct {acct} | {pt_caps} | vision plan member {plan}
Frames {catalog}, lenses poly AR; {dollars}. Contact lens Rx: BC 8.6, DIA 14.2.
Dispensed {date_wd} by {staff} (order from {ip}). Frame-fitting face photo {photo2}.
Ship to: {street}, {unit}, {city} {zip}""",
    ),
    "hearing_screen_referral": (
        """HEARING SCREENING REFERRAL
To the parent/guardian of {pt_full} (DOB {dob_child}):
Your child did not pass the hearing screening on {date_long}: {audio}; {dB} at 4 kHz.
Please see an audiologist and return this form by {date_noyear}.
Screener: {staff}   School: {facility}   Student #: {student_id}
Questions: {phone} or {email2}; results portal {url2}""",
        """Audiology - hearing aid fitting
{pt_lfm}, age {age90}. Hearing aids: R serial {serial}, L serial {serial2} ({devbrand}).
Fit {date_us}; {audio}. Patient ID {mrn}. Daughter {kin} present. Plan ID {plan}, acct {acct}.
Audiologist {doc}, AuD, lic {lic}. Fax summary to PCP: {fax}""",
        """Tamizaje auditivo / hearing screen - {date_eu}
Nombre: {pt}; escuela {facility}; {audio}; {score}.
Padre: {kin_full}, tel {phone}; domicilio {street}, {city}.""",
    ),
    "blood_lead_surveillance_report": (
        """CHILDHOOD BLOOD LEAD REPORT - {county} HEALTH DEPT
Case no.: {case_no}     Specimen/accession: {specimen}
Child: {pt_caps}    DOB: {dob_child_caps}   Sex: M
Result: {lab} (method: LeadCare II, {catalog}); collected {date_us}, reported {date_us2}
Residence: {street}, {unit}, {city} {zip}   Built before {year}
Parent: {kin}   Phone: {phone}   Medicaid {medicaid}
Ordering: {doc} (NPI {npi})   Lab fax {fax}
Environmental inspector assigned: {staff_full}
Report online: {url}""",
        """lead case notes
{date_noyear}: home visit to {street} ({hood}); paint chips in window wells. {lab}.
{date_noyear2}: spoke w/ landlord {staff2} at {phone2}; {program}.
child {pt_lower}, {pt_init}; case {case_no}; mom {kin_first}.""",
        """CSV export: case_id,child,dob,zip,result,collected,reporter_fax
{case_no},"{pt_lfm}",{dob_child},{zip},"{lab}",{date_iso},{fax}""",
    ),
    "tb_dot_log": (
        """DIRECTLY OBSERVED THERAPY - DAILY LOG
Patient: {pt}   TB registry #: {case_no}   Chart {mrn}
Regimen: {dose}; {dose2}
| Date | Time | Observed by | Dose taken | Side effects |
| {date_us} | {time} | {staff_first} | yes | none |
| {date_us2} | {time2} | {staff2_first} | yes | nausea |
Home address for DOT: {street}, {unit}, {city}. Phone {phone}
Video DOT via app from {ip}; {lab}. Fax to TB program: {fax}""",
        """vDOT session {dt}: {pt_full} observed swallowing {dose}. Phone {phone}. Facial check vs enrollment photo {photo}. Worker {staff}.
Next: in-person {date_wd} at {facility}. Sputum specimen {specimen} sent {date_noyear}.""",
        """TB CLINIC - INH/RPT 3HP
{pt_caps} | DOB {dob_us} | IGRA {brand}: positive ({lab})
Employer health: {emp_id}; SS# {ssn}; contact investigation case {case_no}
Contact: {kin} ({phone2}), lives at same address in {city} {zip}""",
    ),
    "syringe_services_log": (
        """SSP Exchange Log - {date_iso}
code  | in | out | naloxone | notes
{client_id} | {count} | 100 | x2 | {dose2}; referred for HCV test
Participant self-ID (optional): {pt_first}. Reached at {phone}. Staff: {staff_first}.
Fingerprint-free enrollment declined; palm-vein kiosk ID {bio_palm}.""",
        """harm reduction outreach text thread
{dt} {staff_first}: hey {pt_first} we're parked at {street2} til 4
{dt2} {pt_first}: can u bring 2 narcan to {hood}? my cousin {friend} needs one
{dt2} {staff_first}: yep. also your HCV result ready, ref {specimen}
van plate {plate} if you're looking for us""",
    ),
    "parking_placard_certification": (
        """APPLICATION FOR DISABILITY PARKING PLACARD - MEDICAL CERTIFICATION
Applicant: {pt_caps}   DOB: {dob_us}   Driver license/ID: {dl}   Soc. Sec. No.: {ssn}
Address: {street}, {unit}, {city}, {state} {zip}
Vehicle plate (if plate requested): {plate}   VIN: {vin}
Condition: cannot walk 200 ft without rest ({eponym}); {score}. Permanent.
Certifying physician: {doc}   License: {lic}   Phone: {phone}   Fax: {fax}
Date: {date_long}   Placard no. (office use): {placard_no}""",
        """PLACARD RENEWAL - {date_caps}
NAME {pt_caps_fl} / AGE {age90} / SSN {ssn}
PLACARD {placard_no} EXP {date_caps}
PHOTO ON FILE {photo}
CERT BY {doc_caps}, LIC {lic2}, NPI {npi}""",
        """Applicant {pt} (aged {age90}) lives at {street} in {city} and asked that the placard be mailed to her son {kin_full}; he drives a car with plate {plate2}. I certified her on {date_noyear}. — {doc}""",
    ),
    "jury_excuse_letter": (
        """{date_long}

Jury Commissioner
{county} Courthouse

Re: {pt}, Juror No. {juror_no}, summoned for {date_noyear}

To whom it may concern,
My patient, {pt_full} (date of birth {dob_long}), is {age90} years old and has {eponym} with {score}.
Prolonged sitting is not advisable. Please excuse {pt_first} from jury service.

Sincerely,
{doc}, MD   License {lic}
{facility2} - {street2}, {city2} {zip2} - {phone} - fax {fax}""",
        """Jury Service Medical Excuse - e-mail
From: {email2}
To: {email}
Date: {dt}
Subject: excuse letter for juror {juror_no}

Hi {pt_first}, attached is the letter from Dr. {doc_last}. Juror portal: {url}. Your chart # is {mrn} if the court calls ({phone}).
{staff}""",
    ),
    "family_leave_clinician_form": (
        """CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA)
Employer: {facility}     Employee: {pt_lfm}     Employee ID: {emp_id}
Part B - Provider: {doc}   Specialty: family medicine   NPI {npi}
Address {street2}, {city2}, {state} {zip2}   Tel {phone}   Fax {fax}
Condition began {date_us}; incapacity {date_us2} through {date_long}.
Intermittent leave 1-2 episodes/month, {hours} days each. {icd}. {score}.
Signature: {doc_lfm}   Date: {date_iso}""",
        """FMLA fax cover
To: HR Leave Team, fax {fax}   From: {staff}, fax {fax2}, phone {phone}
Re: {pt_caps}, SSN {ssn}, claim {claim}
Pages: 4. Employee's spouse {kin} ({phone2}) is the care recipient; DOB {dob_us}.""",
        """leave portal msg {dt}: Employee {pt_full} (emp {emp_id}) uploaded cert from {url} at IP {ip}. Case {case_no}; leave start {date_noyear}. HR contact {staff_full} {email2}""",
    ),
    "dme_delivery_ticket": (
        """DME DELIVERY TICKET
Ticket date {date_us}    Delivery window {time}-{time2}
Ship to: {pt_caps}, {street}, {unit}, {city} {zip}
Phone {phone}   Alt {phone2} ({kin})
Item: hospital bed, semi-electric   Serial: {serial}
Item: wheelchair 18in {catalog}   Serial: {serial2}
Item: CPAP {devbrand}   UDI: {udi}
Insurance: Medicare {mbi}; secondary {plan}   Customer acct: {acct}   Orders fax: {fax}
Driver: {staff_full}   Truck plate {plate}   Track: {url}
Patient/recipient signature: {pt}   Age {age90}""",
        """Deliverybon / Bon de livraison - {date_eu}
Client : {pt} - né(e) {dob_eu} - compte {acct}
Adresse : {street}, {city} {zip}
Appareil : concentrateur O2, n° de série {serial}; {devbrand}
Prescripteur : Dr {doc} (NPI {npi}) - fax {fax} - n° dossier {mrn}
Livreur : {staff}, véhicule {plate}""",
        """dme_ticket|{date_iso}|{pt_caps}|{dob_iso}|{street}|{city}|{zip}|{serial}|{udi}|{mbi}|{acct}|{staff_first}|SSN {ssn}""",
    ),
    "adult_day_signin_sheet": (
        """ADULT DAY PROGRAM - DAILY SIGN-IN   {date_long}
Participant          Age   In     Out    Escort           Check-in
{pt}       {age90}    {time}  {time2}  {kin_full}     palm {bio_palm}
{staff3}      {age}    {time2}  {time}   van              card
Van plate {plate}; driver {staff}. Lunch: regular. {score}. Family view: {url}""",
        """Дневной центр / Adult day center - lista prisutstviya
Uchastnik (participant): {pt}   Vozrast: {age90}
Data: {date_eu}   Pribyl: {time}
Rodstvennik (relative): {kin}, tel. {phone}
Adres: {street}, {unit}, {city}
Medikamenty: {dose}. {vitals}. Rukovoditel: {staff_full}""",
        """sign in {date_wd}: {pt_lower} ({age90b}) dropped by {kin_lower}, face check-in {photo}, door badge {bio_iris}; pickup {time2} by {staff_lower}. bp {vitals}""",
    ),
    "foster_care_health_passport": (
        """FOSTER CARE HEALTH PASSPORT
Child: {pt_lfm}   DOB {dob_child}   Case #: {case_no}
Placement: {kin} (foster parent), {street}, {unit}, {city} {zip}, phone {phone}
Caseworker: {staff_full}, {email2}, cell {phone2}, fx {fax}
Medicaid ID: {medicaid}   PCP: {doc}, {facility2}
Immunizations up to date ({cvx} given {date_us2}). {score}. {lab}.
Photo (ID page): {photo}   SSN: {ssn}
Passport online copy: {url2}""",
        """health passport - visit summaries
{date_noyear}: {pt_first} seen for {eponym}, {dose}.
{date_noyear2}: dental at {facility}; {cpt}.
{date_long}: moved from {city} to {city2} (new placement w/ {kin_full}).
case {case_no} / chart {mrn} / worker {staff}""",
    ),
    "refugee_arrival_screen": (
        """DOMESTIC REFUGEE HEALTH SCREENING
Nome / Name: {pt}   Data de nascimento: {dob_eu}   A-Number: {a_number}
Date of U.S. arrival: {date_us}   Screening date: {date_us2}
Resettlement agency caseworker: {staff_full} ({phone})
Address: {street}, {unit}, {city}, {state} {zip}
Interpreter: Portuguese ({staff2})   Medicaid: {medicaid}   SSN (new card): {ssn}
Labs: {lab}; {lab2}. {brand} placed. Photo: {photo}. Fingerprint enrollment: {bio_fp}
Fax results to {fax}""",
        """فحص اللاجئين / refugee screen - ism: {pt} - tarikh al-wusul: {date_eu} - raqm A: {a_number}
al-unwan: {street}, {city} {zip} - hatif: {phone}
iris enroll {bio_iris}; chart {mrn}; {lab}; {score}""",
        """Arrival cohort roster ({date_long})
A#          | Name                 | DOB        | Address
{a_number} | {pt_caps}  | {dob_iso} | {street}, {city}
{a_number} (family) | {kin_caps} | {dob_us}   | same
caseworker {staff}; email {email2}; roster link {url2}""",
    ),
    "research_phone_screen": (
        """STUDY PRESCREEN - PHONE
Study: community BP outreach (IRB approved {year})   Subject ID: {study_id}
Caller: {pt}   Callback: {phone}   Best time: {time}
DOB {dob_us} -> age {age2}; eligible 40-85.
Heard about us at {facility}. {vitals}; {score}.
Voice consent recorded, voiceprint ref {bio_voice}. Screener: {staff_first}
E-consent link sent to {email}: {url}""",
        """prescreen log {date_iso}
{study_id} | {pt_lower} | {phone} | excluded: age {age90} (limit 89) | called by {staff_lower}
{study_id} | referral from {doc} | web form IP {ip} | zip {zip}""",
        """Subject contact sheet
ID {study_id}; {pt_caps}; {street}, {city}, {zip}; alt contact {kin} {phone2}; visit 1 {date_wd} {time}; $50 gift card; {email}""",
    ),
    "mobile_mammography_van_log": (
        """MOBILE MAMMOGRAPHY - DAILY SITE LOG
Site: {facility}   Date: {date_us}   Coach VIN {vin}   Plate {plate}
Gantry serial {serial}
| slot | patient | DOB | phone | insurance | social |
| {time} | {pt_caps} | {dob_us} | {phone} | {plan} | {ssn} |
| {time2} | {kin_caps} | {dob_iso} | {phone2} | self-pay {dollars} |
Tech {staff}, ARRT {lic}. Reading radiologist {doc}.""",
        """mammo van reminder (SMS) {dt}: {pt_first}, your screening is on the coach at {facility} on {date_wd}. Questions: {phone}. Medicare {mbi}. Coach plate {plate2}. Reschedule: {url}""",
    ),
    "contact_tracing_interview": (
        """CONTACT TRACING INTERVIEW
Case ID {case_no}   Index case: {pt}   DOB {dob}
Symptom onset {date_noyear}; specimen {specimen} collected {date_us}
Contacts named:
 1. {kin_full} (household) - {phone}
 2. {friend} (coworker at {facility}) - phone unknown
 3. {staff2} (choir) - {email2}
Isolation address: {street}, {unit}, {city} {zip}
App check-in from {ip} ({url}); interviewer {staff}""",
        """tracing call notes ({dt}): spoke with {pt_lower}; {age90}-year-old grandmother {kin_first} lives with them in {city}. Worked {date_wd} at {facility}. Case {case_no}. Callback {phone}. {lab}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """HEALTH OFFICE - STANDING ORDERS ({year})
For students with asthma: Flovent or {brand}, 2 puffs q4h prn. For anaphylaxis: EpiPen Jr 0.15 mg IM.
Notify {role} and the parent. Document {vitals}. ICD {icd}, CPT {cpt}.""",
    """Vaccine storage log: fridge 2-8 C, freezer -20 C. Received {cvx} {lot}, NDC {ndc}, qty {count}.
Wasted 1 dose ({lot2}). Temp excursion {time}-{time2}, 9.1 C; manufacturer contacted. {program}.""",
    """WIC clinic flow: weigh/measure, Hgb fingerstick ({lab}), nutrition ed ({minutes} min), benefits load.
Formula {brand}; {weight}; {score}. Reminder: recert every 6 months; {program2}.""",
    """Occupational health protocol: post-exposure labs {lab}; {lab2}. Respirator fit test {catalog}.
Audiogram baseline {audio}. Fee schedule {cpt} {dollars}. Report within 24 h to {role}.""",
    """Travel clinic handout: typhoid (Typhim Vi) every 2 years; {brand}; malaria PPx {dose}.
Start 1-2 days before travel. Titer check {titer}. Yellow fever per {program}.""",
    """TELEHEALTH TIPS: test your camera 10 min early; BP cuff ({devbrand}) readings {vitals}.
If audio fails, the clinician will call back. Visit codes {cpt}, {cpt2}. Room {room}.""",
    """pharmacy counseling: {dose} - take with food; {dose2} - separate by 2 h. {bin} / {pcn}.
qty {qty}, refills {refills}, copay {dollars}. the pharmacist reviewed interactions.""",
    """Home aide care plan (template): bathing 3x/week, meal prep, {dose} reminder at {time}.
Fall risk ({score}); {score2}. Billing code {cpt} per 15 min, {hours} h/day authorized.""",
    """Community paramedicine protocol: weigh daily; call if gain > 2 kg in 2 days. {vitals}.
{lab}. Unit {unitno} covers evenings. {program}. Age range served {age}-{age2}.""",
    """Street medicine supply list: wound kits ({catalog}), naloxone ({brand}), socks, {dose2}.
Seen {count} clients in {year}; {pct} had {eponym}-like symptoms. {role} coordinates.""",
    """CORRECTIONAL HEALTH - chronic care clinic schedule: diabetes 2nd Tuesday, HTN 3rd Thursday.
{lab}; {vitals2}. Med pass {time}. Housing {room}. Sick-call fee {dollars2}.""",
    """Camp medication policy: all meds in original containers; {dose}; {brand} carried by camper.
Counselor-to-camper ratio {ratio}. {eponym2} campers need a plan. Nurse on site {time}-{time2}.""",
    """PPE SCREENING CRITERIA: BP >= 95th percentile -> refer. {score}. {score2}. Murmur grade 2/6 or higher.
History of {eponym}: clear with brace. Concussion protocol per {role}. Age {age}.""",
    """Dental hygiene recall policy: adults every 6 months, perio every 3 months. {cpt}, D0120.
Fluoride varnish 5% ({catalog}). Tooth {tooth} sealant. Fee {dollars}.""",
    """OPTOMETRY: {score}. OD -2.00 -0.75 x 090, OS -1.75 sph, ADD +2.25. PD 63. {icd}.
Lens catalogue {catalog}. Frame allowance {dollars}. Recheck in 12 months.""",
    """Hearing screening protocol: 1000, 2000, 4000 Hz at 20 dB HL. {audio}. {dB}.
Rescreen within 2 weeks; refer if fail twice. Equipment calibrated {year}. {role2}.""",
    """Blood lead case management thresholds: >= 3.5 ug/dL education; >= 20 home inspection.
{lab}. {lab2}. {program}. Capillary confirm with venous in 1-3 months. {state} rules apply.""",
    """TB program: 3HP = {dose} + isoniazid 900 mg weekly x12. Pyridoxine 50 mg. {lab}.
PPD {ppd}; IGRA {brand}. DOT worker visits {count} patients/week.""",
    """Syringe services stats ({year}): {count} syringes out, {pct} returned, {count} naloxone kits.
{program2}. HCV rapid tests {catalog}. Fentanyl strips {dollars2} each.""",
    """Placard criteria: cannot walk 200 ft; {eponym}; class III-IV heart failure; O2 use.
Fee {dollars2}; renews every {age2} months. {state}. Decide on {score}.""",
    """FMLA guide: serious health condition = inpatient care or continuing treatment.
Intermittent leave {hours} days/episode. {icd}; {icd2}. Return form within 15 days.""",
    """DME formulary: hospital bed {catalog}; CPAP {devbrand}; walker {dollars}. HCPCS E0260.
{program}. Rental {count} months. Delivery {time}-{time2}.""",
    """Adult day program calendar: {time} chair yoga, {time2} lunch, bingo. {score}.
Participants {age}-{age2} years ({age_words}). Van runs twice. {role}.""",
    """Foster care health standards: exam within 72 hours, dental within 90 days. {cvx}.
{score}; {lab}. {program}. Caseworker ({role2}) files the passport.""",
    """Refugee screening panel: CBC ({lab}), ova & parasites x3, hep B sAg, {lab2}, lead if < 16.
Presumptive {dose}. Interpreter needed ({role}). {program2}.""",
    """Research prescreen script: "Are you between 40 and 85?" {vitals}. {score}.
Compensation {dollars}. IRB approval {year}; protocol v{refills}.2.""",
    """Mobile mammography coach: {count} screens in {year}, recall rate {pct}. {cpt}. Tech ratio {ratio}.
Generator check {time}. {program}. Seats {age}.""",
    """Contact tracing script: close contact = within 6 ft for 15 min total. Quarantine {age2} days.
{lab}. {program}. {role} logs contacts in the state system ({state}).""",
)
