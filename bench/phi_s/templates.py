"""Document styles for planted set S: emergencies, security, identity and the edges of life.

``TEMPLATES`` maps a note type to its templates; ``{key}`` is filled from ``values.identifiers`` (typed:
a gold span) or ``values.lookalikes`` (untyped filler). ``NEGATIVE_TEMPLATES`` use look-alike keys only.
No template contains a literal brace.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "mci_tag_scanner_csv_export": (
        """TRIAGE TAG SCANNER EXPORT  incident={incident}  exported {t1} by {emp}  ({form})
tag_no,start_cat,gcs,rr,name_if_known,sex,est_age,dob,transport_unit,dest,dest_mrn,notes
{tag},{start},{gcs},{rr},"{pt_caps}",{pt_sex},{age},{dob_iso},{unit},{fac},{mrn},ID from wallet DL {dl}
{tag2},{start2},15,18,UNKNOWN,M,{agey},,{unit2},{fac2},,ambulatory; walked to CCP
0000000,GREEN,15,16,REFUSED,F,{agey2},,-,-,,declined tag - counted only
# casualty-collection-point lead: {staff} / radio ch 4 / cell {phone}
# totals: {nvict} patients tagged; scanner ser. {dev2}
""",
        """DISASTER TAG (transcribed from paper tag by ED registration, {role})
Tag # {tag}        Triage at scene: {start}   re-triage {t2}: {start2}
Name: {pt}            Age: {age}     Sex: {pt_sex}
Home: {addr}, {city} {state} {zip}
Next of kin: {nok_fl} ({nok_rel})  tel {phone}
Found: {hwy} near {mm}, GCS {gcs_parts}, RR {rr}, cap refill > 2 s
Given in field: {dose1}; tourniquet L thigh applied {t3}
Transported by {unit} to {fac}, arrived {dt1}
ED MRN assigned {mrn}   FIN {fin}
Belongings bag count: {bags}  (bag tags A-{pcs})
""",
        """ED TRACKING BOARD - MCI MODE - {incident}
BED      TAG        NAME                       AGE  CAT     MRN        ATTENDING
{room}  {tag}    {pt_caps}          {age}   {start}  {mrn}   {dr_last}
Trauma 3 {tag2}    {alias}              --   {start2}  {mrn_temp}   {dr_last}
Bay 9    (no tag)   UNKNOWN PEDS                ~{age_child}  GREEN   pending    peds team
Comments: {pt_first}'s {nok_rel} {nok_fl} at the desk, call back {phone2}. Temp ID {alias} matched to photo {photo} at {t4}.
""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "family_reunification_inquiry": (
        """FAMILY REUNIFICATION CENTER - INQUIRY  ({form})     Incident {incident}
Inquiry #: {asst_ref}        Taken by: {staff} ({role})       {dt1}
Person looking: {nok_fl}    relationship: {nok_rel}
Callback: {phone} / alt {phone2}    e-mail: {email}
Staying at: {addr2}, {city2} {zip2}
MISSING PERSON: {pt_fl}   DOB {dob}   age {age}
Description: approx 5'4", grey hair, tattoo L wrist "{tattoo_name}", blue fleece, hearing aids both ears
Photo supplied by family: {photo} (also posted by family at {url_missing})
Last seen: on the shuttle bus, seat near the back, about {t2}
Match status: POSSIBLE - unidentified pt {alias} at {fac}, tag {tag}
Reunified {dt2} in {room} by SW {staff2}. Family given chaplain contact ({role2}).
""",
        """reunif_log.txt  (Reunification desk, shift 2)
{t1}  caller {nok} ({nok_rel}) seeking {pt} - DOB {dob_us} - last known {nbhd}, {city}
{t2}  searched hospital lists (Mercy General, {fac}) - no match by name
{t3}  caller emailed photo -> {email}; saved as {photo}
{t4}  possible match: tag {tag} at {fac2}, listed as {alias}, est age {age}
{t5}  {staff_last} confirmed by tattoo "{tattoo_name}" and scar R knee; {nok_first} notified at {phone}
{t6}  transport to {fac2} arranged by Red Cross volunteer {staff2}
""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "unknown_patient_identity_merge": (
        """HEALTH INFORMATION MANAGEMENT - UNIDENTIFIED PATIENT RESOLUTION
Temporary identity: {alias}      Temp MRN: {mrn_temp}
Arrived {dt1} via {unit} from {hwy} {mm}; GCS {gcs} on arrival
Identified as: {pt_lf}    DOB: {dob_us}    SSN: {ssn}
Method: fingerprint match, state AFIS (template {bio_fp}), confirmed by Det. {officer}, {city} PD, case {case_no}
Permanent MRN: {mrn}  - temp record merged {d3} by {staff} (HIM analyst, ID {emp})
Encounter FIN {fin} moved to guarantor account {acct}
Coverage located: member ID {hp}, group {hp_group}
NOK notified: {nok_fl} ({nok_rel}) at {phone} on {d2}
Per {policy}: alias retained as AKA in MPI, not displayed on wristband.
""",
        """Social Work Note  -  {d3}
Pt was admitted {d1} as "{alias}" after being found unresponsive at {lm_name} ({lm_coords}). No ID on person. Pt
remained intubated; {sign} documented. Today the manufacturer's registry traced {pt_poss} pacemaker (serial {dev}, {cied_model})
to a clinic in {city2}, which gave the name {pt_fl} and a DOB of {dob}. The {nok_rel}, {nok}, confirmed identity by
phone ({phone}) and by a recent photo texted to the unit ({photo}). HIM merged records: temp {mrn_temp} -> {mrn}. Medicaid
# {medicaid} active. Family lives at {addr2}, {apt}, {city2} {zip2} and will bring {pt_poss} passport ({passport}) tomorrow.
""",
        """MPI MERGE REQUEST  (HIM-7)
 SURVIVING MRN ...... {mrn}        NAME ........ {pt_caps}
 RETIRED MRN ........ {mrn_temp}   NAME ........ {alias}
 DOB ................ {dob_iso}    SEX ......... {pt_sex}
 SSN ................ {ssn}
 ADDRESS ............ {addr_caps}, {city_caps} {state} {zip}
 ID SOURCE .......... dental comparison ({dental_ref}) by {dentist}, DDS
 REQUESTED BY ....... {staff} (HIM)   {dt2}
 NOTES: two encounters ({fin}, {acct}) re-pointed; lab accession {specimen} re-labelled.
""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "wandering_patient_alert": (
        """*** CODE GREEN - MISSING / WANDERING PATIENT ***   issued {dt1} by Security Ops
Name: {pt_fl} ("{pt_nick}")     Age: {age_old}     DOB {dob_old}
Unit 4 West, {room}  -  dementia, elopement risk score {score}; last seen {t2} near {lm_name}
Description: white hair, walker, green cardigan, 5'2"
Wears GPS bracelet S/N {gps_sn}; tracking portal shows last ping {t3}
Facial photo on file: {photo}
May try to go home: {addr}, {apt}, {city} {zip}
Contact ({nok_rel}) {nok_fl}: {phone}   alt: {phone2}
Police notified: {city} PD case {case_no}, Ofc. {officer} badge {badge}
Public bulletin: {url_missing}
""",
        """From: Sheriff's Office PIO (press desk)
Subject: ENDANGERED MISSING ADULT - {pt_caps}
Sent: {dt1}

The {county} Sheriff's Office requests help locating {pt_fl}, {age_old_w} years old, who walked away from
{addr}, {city} on {d1_long}. {pt_Pron} has Alzheimer dementia and may be driving a silver sedan, plate {plate}
({state}), VIN {vin}. Anyone with information call {phone} or see {url_missing}.
Reference case {case_no}. Photo attached: {photo}.
""",
        """wandering-alert.log (tracking server export)
[{dt1_iso}] ALERT tag={gps_sn} resident="{pt_caps}" age={age_old} zone=EXIT-NE door=D-14 reader_ip={ip}
[{dt1_iso2}] ACK by {staff} (badge {badge}) - resident not in room {room}
[{dt1_iso3}] FOUND at {lm_name}, returned by {staff2}; vitals BP {bp} HR {hr} glucose {glu}
[{dt2_iso}] family ({nok}, {phone}) notified; incident report {incident}
""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "security_police_handoff_report": (
        """HOSPITAL SECURITY - INCIDENT REPORT    #{incident}    {form}
Date/time: {dt1}        Location: ED {room}       Reporting officer: {staff} (#{emp})
Subject: {pt_lf}, DOB {dob}, MRN {mrn}
Narrative: Subject became combative after {dose1} was ordered. Code Gray called {t2}. Subject's vehicle
({plate}, {state}) left running in ambulance bay; keys secured. Wallet contained DL {dl} with address {addr}, {city}.
Handed off at {t3} to Ofc. {officer} (badge {badge}), {city2} PD, case # {case_no}.
Officer body camera S/N {bodycam} was recording. Property receipt given to officer. Per {reg}, minimum
necessary disclosed: name, DOB, injuries (lac R hand, {icd}). Witness: {witness}, RN.
""",
        """SECURITY DAILY ACTIVITY LOG - {d1}
{t1}  Unit {unit} arrives w/ pt in custody of {county} Sheriff, Dep. {officer_fl} #{badge}
{t2}  Pt {pt_fl} (MRN {mrn}) placed in safe room; ligature sweep done by {staff_last}
{t3}  Dep. requested blood draw - told needs warrant or consent (Policy SEC-114)
{t4}  Visitor {nok} attempted entry, banned-visitor list hit (photo match {photo_id}); escorted out
{t5}  Tow requested for pt's truck, VIN {vin}, plate {plate}
{t6}  Handoff to {city} PD night shift Ofc. {officer_last}; case {case_no}; body cam {bodycam}
""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "forensic_evidence_custody_chain": (
        """SEXUAL ASSAULT EVIDENCE KIT - CHAIN OF CUSTODY            {form}
Kit serial: {kit}      Law-enforcement case #: {case_no}      Hosp MRN: {mrn}
Patient: {pt_lf}      DOB: {dob}      Exam date: {d1}
Examiner: {rn}, RN, SANE-A   cert # {lic_sane}
Items collected (evidence bag count {bags}):
  {evid}   underwear - paper bag, dried
  {evid2}  oral swabs x2, boxed
  {evid3}  fingernail scrapings, L and R
  Reference DNA buccal swab - specimen {specimen}
Facial injury photograph: {photo}  (body-map photos non-facial, count {pcs})
TRANSFERS
  {dt1}   collected / sealed (seal {seal})           {rn_last}
  {dt2}   placed in locked evidence fridge 2          {rn_last}
  {dt3}   released to {officer}, badge {badge}, {city} Police Dept
Tox kit drawn at {t4} per {policy}; {lab1}
""",
        """FORENSIC NURSE EXAMINER NOTE
Pt {pt_first} {pt_last} (MRN {mrn}) seen in forensic suite at {fac} on {dt1}. Advocate {staff2} present.
Pt reports assault at {addr2}, {city2} by an acquaintance; declined to name. Strangulation screen positive
(petechiae, voice change). {lab2}. Prophylaxis: {dose1}, {dose2}.
Evidence: kit {kit}, {bags} bags, each sealed and initialled. Items {evid} and {evid2} to the state crime lab via
courier {t5}. Pt chose a restricted (anonymous) report - kit stored under code {specimen} only, not case #.
Follow-up call number given by pt: {phone} (safe to leave message: no). Alt contact e-mail {email_pt}.
Examiner: {rn}, lic {lic_rn}
""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "infant_security_tag_pairing": (
        """INFANT PROTECTION SYSTEM - TAG ASSIGNMENT / BAND MATCH       {form}
Mother: {mother}        MRN {mrn}        Room {room}
Infant: Baby Girl {mother_last}        MRN {mrn2}
Born: {dt1}        Wt {wt}   Apgar {apgar}   GA {ga}
Tag S/N {infant_tag} ({part}) applied L ankle at {t2} by {rn}
Band set # {band} - mother, infant, and support person bands read aloud and matched
Support person: {father} - band {band}
Infant footprint sheet scanned, template {bio_foot}
Tag tested at {lm_name} exit: alarm OK. Discharge deactivation pending.
""",
        """L&D Nursing Note {d1}
{t1}  Delivered viable male, {wt}, to {mother_fl} (MRN {mrn}). Newborn MRN {mrn2}.
{t2}  ID bands # {band} x4 applied/verified with FOB {father_fl}; both parents' photos taken for unit ID board ({photo_id}).
{t3}  Security tag S/N {infant_tag} applied R ankle; system confirms pairing to mother's band; tag strap snug.
{t4}  Erythromycin, vitamin K given. Infant footprints taken - record {bio_foot}.
{t5}  Tag alarm (loose strap) - re-secured by {rn_last}, event logged {incident}. Maternal phone for updates {phone}.
""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "code_pink_drill_debrief": (
        """CODE PINK (INFANT ABDUCTION) DRILL - AFTER-ACTION       {d1}
Controller: {staff} ({email_staff})        Evaluators: {staff2}, {rn}
Scenario: "abductor" (volunteer {witness}, employee {emp3}) left 3rd floor with mock infant wearing test tag S/N {infant_tag}.
Timeline: tag alarm {t1}; overhead page {t2}; all exits covered {t3}; stopped at {lm_name} {t4}.
Parking LPR camera captured the volunteer's car plate {plate} leaving garage level 2 - gate did NOT lock (ticket {incident}).
Desk phone at nurse station {phone} rang unanswered 40 s.
Findings: 1. Stairwell door D-7 alarm {pct} audible. 2. Two staff did not know the code. 3. Elevator recall worked.
Corrective action owner: {staff_last}, due {d3}. See {policy}; ref {reg}.
""",
        """Code Pink exercise - badge reader and door report (pulled {dt1})
reader        ip            badge    holder             event
NICU-EXIT-2   {ip}    {emp}   {staff_caps}      DENIED (lockdown)
STAIR-C-3     {ip2}   {emp2}   {staff2_caps}      FORCED OPEN
L&D-MAIN      (local)       -        -                    lockdown OK {t2}
Mock infant tag {infant_tag} last read at STAIR-C-3.
Note: "abductor" role played by {witness}; observers {rn} and {dr}. Debrief call-in: {phone}.
""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "patient_biometric_checkin_audit": (
        """PATIENT IDENTITY - PALM-VEIN ENROLLMENT AUDIT ({form})
Kiosk: REG-LOBBY-3   host ip {ip}   firmware {ver}
{dt1_iso}  ENROLL  mrn={mrn}  name="{pt_caps}"  dob={dob_iso}  template={bio_palm}  quality=0.{cap}
{dt1_iso2}  PHOTO   face capture {photo} stored to MPI
{dt1_iso3}  MATCH   template={bio_palm} -> mrn={mrn} score=0.98  operator={emp}
{dt2_iso}  FAIL    no match; fallback to DL {dl} + DOB; clerk {staff}
Patient consent signed ({form2}); opt-out information e-mailed to {email_pt}
""",
        """REGISTRATION NOTE - biometric mismatch review
On {d2} patient presenting as {pt_fl} (DOB {dob}) scanned palm at kiosk; system returned a different record:
MRN {mrn2}, name {nok_fl}. Registrar {staff} stopped registration. Pt then showed passport {passport} (exp {d_exp}) and
insurance card member {hp}; SSN on the other record shows as {ssn_masked}. Suspected medical identity theft; template {bio_palm} suspended, iris re-enrolment done
({bio_iris}). Compliance ticket {incident}. Pt's address on file {addr}, {city} {zip}; phone {phone}.
Accounts {acct} and {fin} placed on hold pending review.
""",
    ),
    # 10 -----------------------------------------------------------------------------------------
    "staff_biometric_door_export": (
        """ts,reader,reader_ip,emp_id,name,method,template_id,result
{dt1_iso},PHARM-VAULT,{ip},{emp},"{staff_caps}",finger,{bio_fp},GRANT
{dt1_iso2},PHARM-VAULT,{ip},{emp2},"{staff2_caps}",face,{bio_face},DENY
{dt1_iso3},MORGUE-1,{ip2},{emp},"{staff_caps}",iris,{bio_iris},GRANT
{dt2_iso},NICU-A,{ip2},{emp3},"{rn_caps}",voice,{bio_voice},GRANT
# exported by {officer} for investigation {incident}; {pcs} rows suppressed (contractor badges)
""",
        """ACCESS CONTROL ENROLMENT - STAFF
Employee: {staff}      ID {emp}      Dept: Emergency Services
Work e-mail {email_staff}   mobile {phone}
Fingerprint template: {bio_fp} (right index + left index)
Voiceprint for phone PIN reset: {bio_voice}
Badge photo: {photo}
Enrolled {d1} by {officer} at workstation {ip}
Access groups: ED, Decon, Helipad H2, Pyxis override (per {policy})
Home address (for emergency recall roster): {addr}, {city} {zip}
""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "birth_certificate_worksheet": (
        """MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE            {form}
1. Child's name: {pt_first} {mother_last}      Time of birth: {t1}      Date: {d1}
2. Facility: {fac}        City/town of birth: {city}       County: {county}
3. Mother's current legal name: {mother}      Name before first marriage: {mother_first} {maiden}
4. Mother's DOB: {dob_mother}        Birthplace: {abroad_city}, {country}
5. Residence: {addr}, {apt}, {city2} {state} {zip}
6. Mother's SSN: {ssn}     (Do you want an SSN issued for the baby? YES)
7. Father/parent: {father}     DOB {dob_nok}     SSN {ssn2}
8. Mother's e-mail (for certified copy order): {email}
9. Medicaid at delivery? yes, # {medicaid}
Certifier: {dr}, MD  NPI {npi}     State file # (assigned): {cert_birth}
""",
        """BIRTH REGISTRATION CLERK NOTE - {d2}
Worksheet reviewed with {mother_fl} in {room}. Infant MRN {mrn2}. Father {father_fl} present, signed AOP
(acknowledgment of paternity) - witness {rn}. Corrected mother's DOB to {dob_mother} (OCR copy read {dob_ocr}).
Parents' address {addr}, {city} {zip}. Contact {phone}. Certificate # {cert_birth} issued; SSA enumeration-at-birth
request sent with mother's SSN {ssn}. Birth weight {wt}, {ga}. Attendant {dr}, NPI {npi}.
""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "newborn_screening_filter_card": (
        """NEWBORN SCREENING SPECIMEN CARD   ({form})   KIT # {nbs_kit}
BABY LAST NAME: {mother_last}   FIRST: BG     SEX: F     BIRTH DATE/TIME: {dt1}
COLLECTED: {dt2}   BIRTH WT: {wt}   GA: {ga}   TRANSFUSED: N   TPN: N   ABX: Y
MOTHER: {mother}   MOTHER DOB {dob_mother}   MOTHER MRN {mrn}
INFANT MRN {mrn2}   MEDICAID # {medicaid}
ADDRESS: {addr}, {city} {zip}     PHONE: {phone}
SUBMITTER: {fac}     NPI {fac_npi}
PCP FOR FOLLOW-UP: Dr. {dr_last}, ph {phone2}, FAX {fax}
Collected by: {rn_last}    Lab use: {loinc}, {lab2}
""",
        """Newborn Screen - Abnormal Result Call Log
Kit {nbs_kit}, infant {mother_last} (MRN {mrn2}), born {d1} at {fac}.
{t1}  State lab called: presumptive positive (C5-OH elevated; confirm per ACMG ACT sheet).
{t2}  Called PCP {dr} at {phone}; results faxed to {fax}.
{t3}  Reached mother {mother_fl} at {phone2}; family now at {addr2}, {city2}.
{t4}  Repeat specimen scheduled {d3}. Genetics referral sent to {email_staff}.
""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "surrogacy_adoption_case_packet": (
        """GESTATIONAL CARRIER - HOSPITAL PLAN OF CARE    (pre-birth order on file)
Carrier: {mother}   MRN {mrn}   DOB {dob_mother}   EDD {d3}
Intended parents: {father} and {nok}, {addr}, {city} {state} {zip}; cell {phone}; e-mail {email}
Pre-birth parentage order: {county} Family Court, case {court_case}, signed {d4}
Agency/attorney: {atty}, Esq., tel {phone2}, fax {fax}
Infant to be registered under intended parents; carrier's insurance {hp} (group {hp_group}) billed for delivery only.
Infant insurance: intended parents' plan, subscriber {father_fl}, ID {hp2}
Carrier requests no contact after discharge. Bands: carrier band only; IP bands issued at birth per {policy}.
""",
        """ADOPTION PLACEMENT - NURSING/SW CHECKLIST
Birth mother: {mother_fl} (MRN {mrn}), revocation period ends {d5}
Baby boy "{pt_first}" - infant MRN {mrn2}, born {dt1}
Adoptive parents: {father_fl} & {nok_fl} of {city2} ({phone})
Agency caseworker {staff2}, license {lic_sw}, e-mail {email_staff}
Court: {county}, case # {court_case}; ICPC packet (interstate) sent by fax to {fax2} on {d2}
Discharge to adoptive parents with photo ID check: {nok_last} DL {dl}; infant tag {infant_tag} removed at exit.
""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "medicolegal_death_intake": (
        """OFFICE OF THE MEDICAL EXAMINER - INTAKE        Case {me_case}
Decedent: {pt_caps}        Age: {age_old}   DOB: {dob_old}   Sex: {pt_sex}
Pronounced: {dt1} at {fac} by {dr}
Residence: {addr}, {city}, {county}, {state} {zip}
SSN: {ssn}     Medicare MBI: {mbi}
Reporting party: {nok_fl} ({nok_rel}), {phone}
Investigator: {inv}    Transport: removal service, unit {unit}
Body condition: {rigor}; {livor}; temp {temp}
ID: visual by {nok_first} at {t3}; tattoo R forearm "{tattoo_name}"; pacemaker {cied_model} S/N {dev}
Jurisdiction: declined - natural, attending to sign. Released to {org2}.
""",
        """MDI SCENE NOTE  {me_case}  ({form})
Called {t1} by {city} PD (Ofc. {officer}, case {case_no}). Scene: single-family residence, {addr}, {nbhd}, {city}.
Decedent {pt_fl}, {age}, found supine on kitchen floor by neighbour {witness} ({phone}).
Last known alive {d4}? Mail on porch suggests several days. {rigor}, {livor}. Pill bottles: {dose1} x2, Rx # 48-? (illegible).
Phone on scene (IMEI {imei}) bagged. Vehicle in drive {plate}, registered to decedent. Next of kin: {nok}, {abroad_city},
{country}; reached at {phone_intl}. Scene photos (facial: {photo}). Remains to morgue {dt2}.
""",
        """ME CASE INTAKE (decedent identification unknown)
Case: {me_case}    Received: {dt1}    Found: {gps} near {lm_name}, {county}
Name: UNIDENTIFIED MALE  (later: {pt_lf}, identified {d3})
Identifiers recovered: hip implant S/N {implant_sn}; dental series {dental_ref}; fingerprints to AFIS ({bio_fp})
DNA reference {specimen} submitted to {org}
Estimated age at intake 55-70 (actual DOB {dob}); height 178 cm
NamUs-style public entry: {url_missing}
Investigator {inv}, e-mail {email_staff}, fax {fax}
""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "cremation_authorization": (
        """CREMATION AUTHORIZATION AND DISPOSITION FORM        {form}
Decedent: {pt}     DOB: {dob_old}     Date of death: {d1}     Age: {age_old}
SSN: {ssn}      Death certificate #: {cert_death}      Disposition permit #: {permit}
Place of death: {fac}, {city}, {county}
Authorizing agent: {nok} ({nok_rel}), {addr2}, {city2} {state2} {zip2}; tel {phone}
Funeral director: {fd}, license {lic_fd}; establishment fax {fax}
Implanted devices: pacemaker removed YES - {cied_model}, S/N {dev}, removed by {fd_last} on {d2}
Radioactive implants: none.   Cremated remains to be: picked up by authorizing agent
ME clearance: case {me_case} - released {d2}
Obituary/notice link supplied by family: {url_obit}
""",
        """Crematory intake checklist - {d2}
Decedent ID tag (stainless disc) # {seal} attached; matches case {me_case} and permit {permit}
Name on tag: {pt_caps}    DOD {d1}
Device check: ICD was explanted? NO - flagged; funeral home ({fd_fl}, {phone}) called, device S/N {dev} removed {t3}
Authorizing agent {nok_fl} signed {d3}; ID viewed: DL {dl}
Remains release to: {nok_fl}, {addr2}, {city2}; standard temporary container
Operator: {staff}, emp {emp}
""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "decedent_property_ledger": (
        """DECEDENT PERSONAL PROPERTY INVENTORY          Case {me_case}      {form}
Decedent: {pt_lf}     Received {dt1}
Item  Description                                    Ident.
1     Wallet, brown leather                            -
1a    Driver licence ({state})                          {dl}
1b    Health plan card                                 member {hp}
1c    Credit union passbook                            acct {bank_acct}
2     Mobile phone, cracked screen                     IMEI {imei}
3     Wristwatch, yellow metal, engraved "{tattoo_name} {d4}"  -
4     Insulin pump {pump_model}                            S/N {pump_sn}
5     Keys (6) with fob for vehicle                    VIN {vin}
6     Cash                                             {money}
Inventoried by {inv} and witness {staff}. Released to {nok} ({phone}) {d3}.
""",
        """PROPERTY RELEASE RECEIPT - Morgue
I, {nok_fl}, of {addr}, {city} {zip}, acknowledge receipt of the personal effects of {pt_fl} (case {me_case}):
wallet with DL {dl} and passport {passport}; phone IMEI {imei}; wedding band; {money} in cash; hearing aids x2.
Phone release requested by family for photos; passcode not provided. Vehicle keys released; car plate {plate} at tow yard.
Signed {d3}.  Witness: {staff}.  Released by: {inv}, badge {badge}.
""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "tissue_donation_referral_callsheet": (
        """DONOR REFERRAL LINE - CALL SHEET          Referral # {opo_ref}      {form}
Call received {dt1} from {rn} ({fac}, unit ICU, callback {phone})
Patient: {pt_lf}    Age {age}    DOB {dob}    MRN {mrn}
Trigger: GCS {gcs}, loss of reflexes; vent withdrawal planned {t2}
COD (presumed): anoxic brain injury after cardiac arrest. {icd}
Registered donor? YES - state registry, DL {dl}
Family: {nok_fl} ({nok_rel}) {phone2}
Screening: tissue and eye suitable; organ - pending. UNOS donor ID if authorized: {unos}
Coordinator: {staff}  /  on-scene: {staff2}
Serologies: {lab1}.   Final disposition: authorized {dt2}
""",
        """Tissue bank - recovery notes  ({opo_ref})
Donor {pt_fl}, {age} y, death {dt1} at {fac}. ME case {me_case} - ME release obtained ({inv}).
Authorization by {nok} via recorded phone line at {t2}; call recording # {cad}.
Recovery team {staff}, {staff2}; OR booked {t3}. Donor SSN for registry match {ssn}.
Corneas shipped to eye bank in Optisol, media {lot}. Family letter to {addr2}, {city2} {zip2}.
""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "repatriation_escort_plan": (
        """MEDICAL REPATRIATION - FLIGHT PLAN            Assistance ref {asst_ref}
Patient: {pt_caps}      DOB {dob}      Passport {passport} (exp {d_exp})
Current location: {abroad_fac}, {abroad_city}, {country}, ward 4B - attending Dr. {dr_last} ({phone_intl})
Diagnosis: {icd} - stable, {sign} negative; needs stretcher + O2 {fio2}
Policy: {hp_foreign}      Claim {claim}
Escort: {escort}, RN, licence {lic_rn}; passport {passport2}
Route: commercial stretcher via hub, PNR {pnr}; ground ambulance at arrival to {fac}
Receiving physician: {dr2}, NPI {npi}
Family at home: {nok_fl} {phone}, {addr}, {city} {zip}
""",
        """Repatriation case note - {d2}
Spoke with {nok} ({nok_rel}) re: {pt_fl}, admitted at {abroad_fac} in {abroad_city} since {d1}. Local
hospital requires deposit {money}; GOP issued. Pt's passport {passport} held by hotel - consulate contacted.
Visa for escort: {visa}. Escort nurse {escort_fl} (cert {lic_rn}) departs {d3}. Home insurer: Medicare {mbi};
travel policy {hp_foreign}. Receiving bed confirmed at {fac}, MRN pre-registered {mrn}. Wheelchair at gate,
PNR {pnr}. Local records uploaded to {url_portal}. Updates to family by e-mail {email}.
""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "assistance_guarantee_of_payment": (
        """GUARANTEE OF PAYMENT - FAX                To: Patient Financial Services, {fac}   FAX {fax}
From: Global Medical Assistance, case manager {staff}    FAX {fax2}   Tel {phone_intl}
Our ref: {asst_ref}     Your patient account: {acct}
Insured: {pt_lf}       DOB {dob}      Policy no. {hp_foreign}
Admission: {d1} ({icd})  - we guarantee payment up to {money} for medically necessary care. Claim {claim}.
Excluded: elective procedures, personal items. Invoices (UB-04) to claims e-mail {email_staff}.
This GOP is void if the insured's passport ({passport}) does not match the patient identity.
""",
        """ASSISTANCE COMPANY - MEDICAL CASE UPDATE  (to treating hospital)
Case {asst_ref} / claim {claim}
Patient {pt} - policy {hp_foreign} - home address {addr}, {city} {state} {zip}
Treating physician: {dr}, {abroad_fac}; phone {phone_intl}
Our medical director requests discharge summary and imaging link: please upload to {url_portal}
Hospital account ref {fin}. Kindly send by fax to {fax2} and not by e-mail. Next review {d3}.
""",
        """[fax capture, OCR]  Page 1/2   from {fax2}   to {fax}
GARANTIE DE PRISE EN CHARGE / GUARANTEE OF PAYMENT
N/Ref : {asst_ref}          V/Ref (hopital) : {acct}
Pat1ent / Assure(e) : {pt_ocr}        Ne(e) le / D0B : {dob}
Adresse : {abroad_addr}, {abroad_city}   -  Passeport n° {passport}
Police / Policy : {hp_foreign}        Dossier sinistre / claim : {claim}
Nous garantissons la prise en charge des frais medicaux a hauteur de {money} a compter du {d1}.
Diagnostic : {icd}. Contact : {staff}, tel {phone_intl}, courriel {email_staff}
--- lignes illisibles ---
""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "sar_subject_care_report": (
        """SEARCH & RESCUE - SUBJECT CARE REPORT      Mission {incident}
Subject: {pt_fl}     Age {age}     DOB {dob}
Home: {addr}, {city} {state}    Emergency contact {nok_fl} {phone}
Reported overdue {d1} by {nok_first}; vehicle found at {lm_name} ({lm_coords}) - plate {plate}
Located {dt2} at {gps}, elev {elev}, {weather}
Condition: hypothermic, core {temp}, GCS {gcs}; {sign}; {dose1}
Packaging: {tool}, hypowrap; hoist to {helo} ({tail})
Field team lead: {medic} (EMT lic {lic_emt}); medic {medic2}
Subject's satellite messenger IMEI {imei} - last track point {t4}; shared map {url_portal}
Hand-off to {fac} ED at {t5}
""",
        """SAR log (Team 2, radio ch TAC-3)
{t1}  Ground team departs {lm_name}.
{t2}  Voice contact with subject, identifies self as {pt_first} {pt_last}.
{t3}  Subject at {gps}. Ankle deformity, BP {bp}, HR {hr}. Splinted; {dose2}.
{t4}  Subject's {nok_rel} ({nok}) updated by IC at {phone}.
{t5}  Carry-out complete; {unit} transports to {fac}. Subject's truck ({vin}) left at trailhead.
Report by {medic}, {email_staff}
""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "maritime_telemedical_log": (
        """TELEMEDICAL MARITIME ASSISTANCE - CONSULT LOG          Case {asst_ref}
Vessel: MV Nordic Tern (flag, IMO on file)   Position at call: {gps}   Course 214, {kt}
Patient: crew member {pt_caps}, rank AB, DOB {dob}, passport {passport}
Seaman's book: {seaman}
Caller: master {nok}, via sat phone {phone_intl}; e-mail {email}
{t1} chest pain, {rhythm}, BP {bp}, SpO2 {spo2}
Advice ({dr}): aspirin 300 mg, nitro per ship's chest; divert to nearest port, {nm} away
MEDEVAC: {helo} lifted patient {dt2}, delivered to {fac}
Ship's agent: {staff}, {phone}
""",
        """SHIP SURGEON - SICK BAY TRANSFER LETTER
To: Port agent / {abroad_fac}, {abroad_city}
Passenger: {pt_fl}, cabin 8142, DOB {dob_us}, passport {passport}, age {age}
Embarked {d4}; seen {d1} with {icd}; {lab1}; treated {dose1}.
Travel insurer: {hp_foreign}; home physician {dr}, fax {fax}.
Travelling companion {nok_fl} remains aboard; contact via guest services or {email}.
Ship's physician: {escort}, MD, licence {lic_md}
""",
        """RADIO MEDICAL TELEX  ZCZC  MEDICO  {cad}
FM MASTER MV NORDIC TERN TO RADIOMEDICAL CENTRE
POSN {gps} COURSE 090 SPEED 11 KT  NEAREST PORT {nm}
PATIENT {pt_caps} MALE/FEMALE AS PER CREW LIST DOB {dob} NATIONALITY PER PASSPORT {passport}
SEAMANS BOOK {seaman}  COMPANY P AND I CLUB MEMBER REF {hp_foreign}
SYMPTOMS SINCE {t1} ABDOMINAL PAIN RLQ TEMP {temp} PULSE {hr} BP {bp}
REQUEST ADVICE AND MEDEVAC. NEXT OF KIN {nok_caps} TEL {phone_intl}
REPLY TO SHIP EMAIL {email}  NNNN
""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "hems_flight_crew_record": (
        """HEMS FLIGHT RECORD   {helo}  ({tail})   flight {cad}     {form}
Crew: FN {rn} (lic {lic_rn}), FP {medic} (lic {lic_emt}), pilot (see ops log)
Request {t1} from {unit} at {hwy} {mm}; LZ coords {gps}; {weather}
Pt: {pt_lf}, {age}, DOB {dob_us}; MVC rollover, ejected; GCS {gcs_parts}, RTS {rts}
Interventions: RSI ({dose1}, rocuronium 1 mg/kg), {gauge}, {dose2}, whole blood 1 unit
Flight time {ft}; landed {fac} helipad {t3}
Billing: {cpt}, {cpt2}; claim {claim}; pt insurance {hp}
""",
        """Flight nurse narrative - {d1}
Dispatched at {t1} to scene LZ near {city} for {pt_first} {pt_last}, {age}, fall from roof ~20 ft. Family member ({nok_rel}) {nok_first}
on scene ({phone}). Pt with {rhythm}, BP {bp}, {pupils}. Intubated on first attempt, EtCO2 {etco2}.
Pt's med-alert bracelet: "insulin pump, {pump_model}", pump S/N {pump_sn} - pump suspended and bagged with pt.
Handover to trauma team ({dr}) {t4}. Pt MRN at receiving {mrn}.
""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "ground_ambulance_crew_report": (
        """EMS PATIENT CARE REPORT                 {unit}   Run # {cad}   {form}
Date {d1_us}  Disp {t1}  Enroute {t2}  On scene {t3}  Transport {t4}  At dest {t5}
Pt: {pt_lf}   DOB {dob}   Age {age}   Wt {wt_adult}
Address of incident: {addr}, {apt}, {city} {zip}
Phone: {phone}   PCP: Dr. {dr_last}
CC: fall at home; found by home aide {witness}
Vitals: BP {bp}  HR {hr}  RR {rr}  SpO2 {spo2}  GCS {gcs}  glucose {glu}
Tx: {dose1}; {gauge}
Ins: Medicare {mbi}; secondary {hp}
Crew: {medic} ({lic_emt}) / {medic2} ({lic_emt2})
Dest: {fac}    Billing {cpt}, {revcode}, mileage {dist}
""",
        """BLS run narrative - {unit} - {d1}
Crew dispatched for an elderly female, {age_old} y/o, "not acting right". On arrival pt seated in recliner at
{addr}, {city}. Pt's {nok_rel}, {nok_first} {nok_last}, states last known well {t2}. Pt's med list includes {dose3}.
BE-FAST screen neg; hx {dx}. Transported routine to {fac}. Pt's hearing aid and dentures bagged ({bags} bags) and handed to
ED RN {rn}. Pt ID from Medicare card {mbi}. PCR signed by {medic}, EMT cert {lic_emt}.
""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "crash_report_medical_supplement": (
        """TRAFFIC CRASH REPORT - MEDICAL SUPPLEMENT      Agency case {case_no}
Crash date/time {dt1}     Location: {hwy} at {mm}, {county}   Weather: {weather}
Unit 1: {year2} pickup, VIN {vin}, plate {plate} ({state})   Driver: {pt_lf}, DOB {dob}, DL {dl}
        Auto insurer policy {auto_policy}
Unit 2: sedan, VIN {vin2}, plate {plate2}   Driver: {nok}, DOB {dob_nok}
Injured: Unit 1 driver - transported {unit} to {fac}; KABCO A
Odometer {odo}; EDR download requested. Airbag deployed. Restrained: yes.
Reporting trooper: {officer}, ID {badge}
Hospital: ED MRN {mrn}, BAC {lab1} (requested by warrant)
""",
        """ED TRAUMA NOTE - level 2 activation {dt1}
Pt {pt_fl}, {age}, restrained driver of a pickup vs. sedan on {hwy} near {mm}. Brought by {unit}. GCS {gcs}.
Trooper {officer} at bedside requesting blood alcohol; pt's DL {dl} and registration (plate {plate}, VIN {vin})
handed over. Other driver {nok} taken to {fac2}. FAST neg; {lab1}. CT per Canadian C-spine rule; {sign} absent. Family: {nok2} {phone}.
""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "implant_card_transcription": (
        """IMPLANTED DEVICE ID (read from patient's wallet card at triage)
Patient: {pt_fl}   DOB {dob}   MRN {mrn}
Device: {cied_model}  ({part})
Serial: {dev}       UDI: {udi}
Leads: RA {part} S/N {dev2}
Implanted {d4} at {fac2} by {dr}
Manufacturer patient services: see card; clinic phone {phone}
MRI conditional: yes, per card. Remote monitor linked to home {addr}, {city} {zip}
Card photographed (card only, no face) and scanned to chart.
""",
        """Device interrogation request - ED to EP on call
Pt {pt_lf} (MRN {mrn}), {age} y/o, shock x3 at home {d1}. Wife {nok_fl} brought device ID card:
ICD {cied_model}, S/N {dev}, implanted {d4}. Insulin pump also present - {pump_model}, S/N {pump_sn}; {cgm_model} transmitter {cgm_sn}.
Rep called {t2} at {phone}; remote portal {url_portal}. Rhythm strip: {rhythm}. EP fellow {dr}.
""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "device_interrogation_printout": (
        """*** QUICK LOOK II - INTERROGATION SUMMARY ***        Printed {dt1}
Patient ........ {pt_caps}            ID {mrn}
DOB ............ {dob_us}
Device ......... {cied_model}  Serial {dev}
Implanted ...... {d4}         Last session {d2}
Battery ........ 6.5 yr to RRT   Lead impedance 520 ohm   Sensing R {cap} mV
Episodes ....... VF x2, treated (ATP, 35 J)
Programmer S/N  {dev2}     Clinic: {fac}    Follow-up {d3}
Remote ........ {url_portal}
Clinician ...... {rn} / {dr}
CPT {cpt} billed, account {acct}
""",
        """CGM / PUMP DOWNLOAD REPORT (clinic upload)
Name: {pt_lf}     DOB: {dob}     MRN: {mrn}
Pump: {pump_model} SN {pump_sn}     CGM ({cgm_model}) SN {cgm_sn}
Upload source ip {ip2}, account user {email_pt}
Date range: {d4} - {d1}    Time in range {pct}    Avg glucose {glu} mg/dL
Basal 0.85 U/h; carb ratio 1:10; ISF 40.
Reviewed by {dr}, NPI {npi}. Next upload due {d3}.
""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "forensic_identification_comparison": (
        """FORENSIC IDENTIFICATION REPORT       ME case {me_case}
Unidentified remains recovered {d1}, {county} ({gps}).
Putative identity: {pt_fl}, reported missing {d4} ({city} PD case {case_no}), DOB {dob}
1. Dental: antemortem radiographs from {dentist}, DDS ({city2}) series {dental_ref} - 14 concordant points. POSITIVE.
2. Tattoos: L shoulder rose with script "{tattoo_name}"; R calf date "{d_old_short}" - consistent with family photos ({photo})
3. Device: breast implant serials {implant_sn} traced via manufacturer to surgery at {fac2}
4. Fingerprints: insufficient (decomposition) - {bio_fp} on file not compared
Conclusion: positive identification. Next of kin {nok_fl} notified {d3} by {inv}.
""",
        """Identification memo - {me_case}
Decedent presented without documents after the boat fire at Pier 9. Boat HIN {hin} registered to {pt_fl} of
{addr}, {city}. Family ({nok}, {phone}) supplied dentist name {dentist}; records received {d3} (ref {dental_ref}).
Comparison positive. Marine unit's case # {case_no}. Death certificate {cert_death} amended with identity.
""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "expedition_medic_evac_note": (
        """EXPEDITION MEDICAL OFFICER - EVACUATION NOTE
Member: {pt_fl}   DOB {dob}   Passport {passport}   Blood group on file
Camp: Camp 2, {elev}; position {gps}
Onset {d1}: headache, ataxia, Lake Louise score 7/12 - HACE suspected. Given {dose1}, {dose2}; O2 {fio2} via cylinder.
Helicopter rescue booked with insurer {hp_foreign}, ref {asst_ref}
Sat messenger (inReach) IMEI {imei}; member's next of kin {nok_fl}, {phone_intl}, e-mail {email}
Evacuated {dt2} to {abroad_fac}, {abroad_city}
Expedition doctor: {escort}, licence {lic_md}
""",
        """wilderness first responder SOAP - {d1}
S: {pt_first} ({age}) on river trip, day 4, fell from raft at the rapid below {lm_name}
O: {temp}; {bp}; {rr}; lac to scalp 4 cm; {pupils}
A: submersion, mild hypothermia ({icd})
P: rewarm, evac by jet boat to take-out, ambulance ({unit}) to {fac}
Trip leader {medic}, WFR cert {lic_emt}; guest emergency contact {nok} ({phone}); guest trip ID {emp}
""",
    ),
    # 29 -----------------------------------------------------------------------------------------
    "airline_medif_clearance": (
        """MEDIF - PART 1 (to be completed by passenger's physician)       {form2}
Passenger: {pt_caps}   Booking ref (PNR) {pnr}    Flight(s): as booked
Age {age}   Passport {passport}   Home address {addr}, {city} {zip}
Attending physician: {dr}   Tel {phone}   Fax {fax}
Diagnosis: {icd}; {dx}; O2 {fio2} in-flight requested
Escort: {escort} (RN, {lic_rn})
Stretcher: no   Wheelchair: WCHC
Physician signature dated {d2}; airline medical desk reply to {email}
""",
        """Fit-to-fly clinic letter
Re: {pt}, DOB {dob_us}, passport {passport}
Dear Medical Officer, I reviewed the above passenger on {d2}. {pt_Pron} is a {age}-year-old with {dx}, stable.
SpO2 {spo2} on room air, hypoxic challenge test passed. Travelling {d3} with {nok_fl} ({phone}). Travel insurance
{hp_foreign}. Please contact me at {email_staff} or fax {fax} with questions.
{dr}, MD, licence {lic_md}
""",
    ),
    # 30 -----------------------------------------------------------------------------------------
    "visitor_id_scan_register": (
        """VISITOR MANAGEMENT - ID SCAN REGISTER  (lockdown level 2)    {d1}
time   visitor                    id_type  id_number         patient visited     badge photo
{t1}  {nok_caps}        DL       {dl}      {pt_caps} ({room})   {photo}
{t2}  {nok2_caps}        PASSPORT {passport}      {pt_caps} ({room})   {photo_id}
{t3}  {witness}            DL       (expired)        -                    DENIED - watchlist
Watchlist hit on {witness_last}: restraining order {court_case} protecting patient; security ({staff}) notified {t4}
Kiosk {ver} at {ip}
""",
        """Security note - visitor screening {d1}
{nok_fl} presented to visit {pt_fl} (MRN {mrn}) in {room}. ID scanned: DL {dl}, issued {d_issue}, address
{addr2}, {city2}. Face photo captured {photo}. Patient is on confidential "no information" status (alias {alias});
visitor not on approved list. Family spokesperson {nok2} called ({phone}) and confirmed. Visitor's car {plate}
moved from the ambulance lane.
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """MCI TABLETOP EXERCISE - AGGREGATE TRIAGE COUNTS (no patient identifiers)
Scenario: charter bus rollover on {hwy} at {mm}; {nvict} simulated casualties; {weather}.
START distribution at CCP: RED 9 / YELLOW 14 / GREEN 31 / BLACK 2. Re-triage by SALT at 30 min.
First arriving unit {unit} on scene {t1}; {unit2} assumed triage; {helo} ({tail}) staged at {lm_name} ({lm_coords}).
Issues: paper tag stock ({lot}) exhausted at CCP; tag scanner battery at {pct}. Reorder {part}.
Reference: {policy}; {reg}; {form}.
""",
    """{helo} - DAILY AIRCRAFT / MEDICAL READINESS CHECK    aircraft {tail}
Time {t1}. O2 main {cap}00 psi, portable {pct}. Equipment check: {model} pass; {model2} charged; {tool} stowed.
Drug box sealed: {dose1}; {dose2}; {dose3}. Controlled substance count correct (NDC {ndc}, {lot}).
Blood cooler temp 4.1 C; 2 units whole blood (expiry checked). Crew briefed on {weather} by the pilot in command.
Signed by the flight nurse and the flight paramedic. {form2}
""",
    """AMBULANCE RESTOCK SHEET - {unit}
item                          par   on hand   lot / note
Tourniquet (CAT)              4     {pcs}       {lot}
Hemostatic gauze              3     2       {part}
{dose1}                       2     2       NDC {ndc}
{dose2}                       2     1       reorder
Triage tags (paper)           50    {cap}      -
{tool}                1     1       -
Checked {t2} by the outgoing crew; cost center restock {money}.
""",
    """CODE PINK DRILL - EVALUATION SUMMARY (de-identified)
Drill start {t1}; overhead page {t2}; all exits covered {t3}. Mock infant tag alarm latency 4 s.
Stair door D-7 alarm audible at {pct}. Debrief led by {role} and {role2}; 2 of 11 staff unfamiliar with code.
Corrective actions: door magnet repair (work order pending), education module per {policy}, re-drill within 90 days.
Joint Commission element EC.02.01.01 reviewed. {reg}.
""",
    """FORENSIC SUPPLY INVENTORY - SANE PROGRAM
Sexual assault evidence kits (state-issued, {form}) on shelf: {cap}; stock {lot}, expiry {year}.
Drug-facilitated tox kits: {pcs}. Paper evidence bags: {bags} packs of 25. Alternate light source serviced ({part}).
Prophylaxis stock: {dose1}; {dose2}; {dose3}. Chain-of-custody form revision {ver}.
Reviewed by {role}. Per {reg}, kits kept in locked storage with access log.
""",
    """ACCIDENTAL HYPOTHERMIA - FIELD PROTOCOL EXCERPT ({policy})
Stage I (core 32-35 C): shivering; passive and active external rewarming; warm sweet drinks if GCS 15.
Stage II (28-32 C): impaired consciousness; handle gently, horizontal; pulse check up to 60 s; {sign} may be present.
Stage III (<28 C): unconscious; {rhythm} common; limit epinephrine to 3 doses until core > 30 C; other drugs ({dose1}) per medical control.
Consider ECMO centre if K < 8 mmol/L (latest {lab1}). ECG: Osborn waves; {eponym} is not a hypothermia sign. Cold water {water}: 1-10-1 rule.
""",
    """BIOMETRIC PATIENT ID PROGRAM - MONTHLY METRICS
Palm-vein kiosks online: 14 of 15 (lobby kiosk 9 awaiting part {part}). Firmware {ver}.
Enrolment rate {pct} of registrations; false reject rate 0.8%; duplicate-record alerts {cap}.
Opt-outs recorded on consent {form}. Iris readers in ED: {pcs} units, all calibrated.
No template data leaves the vendor enclave; audit per {policy} and {reg}.
""",
    """MORGUE / DECEDENT CARE - CENSUS AND CAPACITY
Cooler 1: {cap} of 44 occupied. Cooler 2: {pcs} of 12. Surge trailer: not deployed.
Average time to release {ft} (target < 48 h). ME cases pending: {bags}. Cremation-device checks done on all releases.
Body bags in stock {lot}; toe tags and stainless ID discs reordered ({part}).
Per {policy}: two-person verification of identity bands at intake and release. Facility cost this quarter {money}.
""",
    """START TRIAGE - SELF-ASSESSMENT QUIZ (answers on back)
1. A {agey}-year-old walks to the CCP holding his arm. Category?
2. A {agey2}-year-old is not breathing; airway repositioned, now breathing at {rr}/min. Category?
3. RR {rr}, radial pulse absent, cap refill 3 s. Category?
4. Obeys commands, RR 22, radial present. Category?
5. Which pediatric tool replaces START for children under 8? (JumpSTART)
Scoring: 5/5 = {start}. Reference: {policy}.
""",
    """REPATRIATION - MEDICAL CRITERIA MEMO (assistance medical team)
Commercial seated: SpO2 > 92% on room air, Hgb > 8.5 g/dL, no pneumothorax within 14 days.
Commercial stretcher: stable vitals, O2 need <= 4 L/min ({fio2}), escort RN required.
Air ambulance: ventilated, {dx} with decompensation, unstable arrhythmia ({rhythm}), or burns > {tbsa} TBSA.
Costs: stretcher {money}; air ambulance quoted per nm ({nm}). Regulatory: {reg}; {reg2}.
""",
    """ORGAN AND TISSUE DONATION - REFERRAL TRIGGERS ({policy})
Refer within 60 minutes of: GCS <= 5 on a ventilated patient; plan to withdraw support; brain death testing;
any cardiac death (tissue). The referral line, not the bedside team, approaches the family.
Documentation: time of referral, OPO response, outcome. CMS condition of participation 42 CFR 482.45; referral form {form}.
Last quarter: {nvict} referrals, timely rate {pct}.
""",
    """NEWBORN SCREENING - SUBMITTER QUALITY REPORT ({year})
Specimens received: {nvict}00. Unsatisfactory rate 1.{pcs}% (state target < 1%). Most common: insufficient blood,
layered spots, collected < 24 h of age. Transit time median 2.1 days. Card stock {form}; LOINC panel {loinc}.
Presumptive positives: CF {pcs}, CH {bags}, PKU 0. Repeat compliance {pct}.
Training offered by the state lab educator ({role}).
""",
    """INFANT SECURITY SYSTEM - MONTHLY FUNCTIONAL TEST
System (infant tag receivers); exits tested: 9 of 9 at {t1}. Tags tested from stock ({lot}) - all alarmed at 1 m.
Strap-cut alarm latency 2 s. Elevator lock-out verified on cars 3 and 4. Receivers {part}: firmware {ver}.
Nuisance alarms this month: {cap} (tag near exit while rooming-in). Reported per {policy}.
""",
    """SAR TEAM - EQUIPMENT AND READINESS ROSTER (de-identified)
Members available: {cap}; technical rope qualified: {pcs}. Litters: 2 (one with wheel kit); {tool} and {model} on the rig.
Vehicle Rescue 1 fuel {pct}; satellite messenger units charged. Weather outlook: {weather}; elevation of
trailhead {elev}. Staging at {lm_name} ({lm_coords}). Avalanche forecast level 3. {policy}.
""",
    """SHIP'S MEDICAL CHEST - INVENTORY CHECK (flag-state scale A)
Ondansetron, ceftriaxone, morphine (CD register balanced), {dose1}, {dose2}. Oxygen {cap} L cylinders x 2.
AED pads expire {year}. Radio medical advice numbers posted in chart room. Next inspection within 12 months.
Reference {reg}; {reg2}. Signed by the master and the officer in charge of medical care.
""",
    """CORRIDOR CRASH SUMMARY - {hwy}, {mm} to MM 212 ({year})
Crashes: {nvict}; KABCO: K {pcs} / A {bags} / B 22 / C 40. Median EMS response {eta}. Helicopter used {cap} times.
Top factors: speed, wildlife, ice. Mile markers 140-160 account for {pct}. Data from the DOT crash file; no
individual records in this summary. Prepared for the regional trauma advisory committee.
""",
    """CARDIAC DEVICE CLINIC - MRI CONDITIONAL SYSTEMS (reference list)
{cied_model} with {part} leads: MR conditional 1.5 T and 3 T, SAR <= 2 W/kg.
Insulin pumps ({pump_model}) and CGM sensors ({cgm_model}): remove before MRI. Abandoned leads: not MR conditional.
Programming: asynchronous pacing if dependent. Remote monitoring CPT {cpt}; in-person {cpt2}.
{policy}; labeling per 21 CFR 801.20.
""",
    """CREMATION AUTHORIZATION - BLANK FORM INSTRUCTIONS ({form})
Section A: decedent information. Section B: authorizing agent (priority order per state statute).
Section C: implanted devices - pacemakers, ICDs, and radioactive seeds MUST be removed; list model only.
Section D: disposition of cremated remains. Crematory fee {money}. Waiting period 48 h unless ME waives.
""",
    """FORENSIC ODONTOLOGY - METHOD NOTE
Universal numbering (1-32). Comparison uses restorations, root morphology, trabecular pattern, and missing teeth.
Positive identification requires concordance with no unexplained discrepancy; {pcs} to {cap} points typical.
Radiographs: bitewings and panoramic; digital sensors ({part}). Reference: ABFO guidelines ({year}).
""",
    """WILDERNESS MEDICINE - ALTITUDE ILLNESS TEACHING POINTS
Lake Louise score >= 3 with headache = AMS. HACE: ataxia, confusion. HAPE: dyspnea at rest, SpO2 {spo2}.
Treatment: descend at least 300-1000 m (camp was at {elev}); {dose1}; {dose2}; portable hyperbaric bag.
Prevention: acetazolamide 125 mg PO BID from the day before ascent. Case example: {agey}-year-old trekker, {pupils}.
""",
    """AMBULANCE BILLING - CODE REFERENCE
A0427 ALS1 emergency; A0429 BLS emergency; A0425 ground mileage; A0431 rotor wing; A0436 rotor mileage.
Revenue codes {revcode}. Typical allowed: ALS1 {money}; mileage per loaded mile. Diagnosis example {icd}.
Medical necessity per {reg}; signature requirements per {policy}.
""",
    """SECURITY STAFFING MEMO
Effective next pay period: 4 officers overnight in ED, 1 at the helipad during {helo} operations.
Code Gray team: {role}, {role2}, two officers. Body-worn cameras to be docked at shift end.
Patient holds: follow {policy}; police blood-draw requests require warrant or consent ({reg}). {form}.
""",
    """ED SURGE PLAN - BED COUNTS (exercise)
Licensed beds: 412; surge capacity {cap}0; ED bays converted: {pcs}. Decon showers ready in {eta}.
Lab on disaster panel: {lab1}; {lab2}. Blood bank O-negative on hand: {bags} units.
Incident command activated at {t1}; deactivated {t2}. Debrief per {policy}.
""",
    """HEAT / COLD WEATHER EMS ADVISORY
Forecast: {weather}. Expect exposure calls; carry warm IV fluids (NS/LR at 40 C) and cold packs; {dose1} stock checked.
Check on residents with {dx}, dementia, or on diuretics. Cooling centers open per county plan.
Units: {unit}, {unit2} carry extra water. Temperature-sensitive drugs: swap boxes every 12 h.
""",
    """TISSUE BANK - RECOVERY QUALITY SUMMARY
Recoveries this quarter: {nvict}. Asystole-to-recovery median {ft}. Cultures positive {pcs} of {cap}.
Serology panel per {reg}; {lab1}. Cornea recoveries within 12 h: {cap}. Donor families contacted by letter per {policy}.
""",
    """HEMS PROGRAM - MONTHLY FLIGHT STATISTICS
{helo}: {cap} patient flights, {ft} average flight time, {pcs} weather turn-downs. Scene {pct}; interfacility rest.
Intubation first-pass success 94%. Blood products given on {bags} flights. Aircraft {tail} out of service 2 days.
Billing codes A0431/A0436; average charge {money}.
""",
    """MISSING / WANDERING PATIENT - POLICY SUMMARY ({policy})
Code Green is called when an at-risk patient cannot be found within 10 minutes. Units search in zones.
Security reviews door alarms and GPS bracelet portal. Police notified at 30 minutes; family by {role}.
Elopement risk tools scored on admission; scores >= {score} get GPS bracelets. Drill twice a year.
""",
)
