"""Set N's documents: hospital specialties and allied services, many of them exports and tables.

``{key}`` is filled from ``values.identifiers`` (gold) and ``values.lookalikes`` (not gold); a key
ending in ``_uc`` or ``_lc`` is the same value upper- or lower-cased. No literal braces: FHIR-like
fragments are written without them so that an unfilled placeholder stays detectable.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # --- oncology infusion ------------------------------------------------------------------------
    "infusion_chair_board": (
        """ONCOLOGY INFUSION SUITE - CHAIR BOARD   printed {dt1}
{facility}, 3rd floor (charge RN: {rn})
chair | patient               | MRN        | DOB         | regimen / dose                     | pump serial
------+-----------------------+------------+-------------+------------------------------------+-------------
 01   | {r1_lf}   | {r1_mrn}   | {r1_dob}  | {dose}                  | {serial}
 02   | {r2_lf}   | {r2_mrn}   | {r2_dob}  | {dose2}                  | {serial2}
 03   | {r3_lf}   | {r3_mrn}   | {r3_dob}  | hydration 1 L NS, {bp}              | -
 04   | (blocked - {pump_model} maintenance, {version})
Notes: chair 02 premed {brand}; {lab} {range}. Pharmacy stock: {stock_lot}.
Call the infusion desk {phone} or page {dr_init} if reaction grade >= 2.""",
        """Infusion nursing note — {d1} {time}
Pt: {pt_fml}   DOB {dob}   MRN {mrn}   Acct {acct}
Cycle 3 day 1 of {dose}. Pre: {bp}, {hr}, {temp}, {spo2}. {lab} {range} - OK to treat per {dr_last}.
Port accessed (20 g Huber, {nonphone}). Pump {pump_model} SN {serial} programmed, double-checked with {rn_first} ({role}).
Tolerated without reaction. Next chair appt {dny2} at {time2}. Daughter {rel_first} drove; she asked that
the portal invite go to {rel_email} instead of {email}.
Study: enrolled {study_id} ({version}). Dx {icd}, {eponym} ruled out {year}.
Signed {rn}, RN {prof_lic}""",
        """patient_name,mrn,dob,chair,arrival,drug,dose_mg,pump_sn,nurse
"{r1_lf}",{r1_mrn},{r1_dob},6,{time},carboplatin,612,{serial},{rn_first}
"{r2_lf}",{r2_mrn},{r2_dob},7,{time2},paclitaxel,318,{serial2},{st_first}
"{r3_lf}",{r3_mrn},{r3_dob},9,1030,rituximab,700,,{rn_first}
# export {diso1} from {facility2}; rows 3 of 3; {version}; {ndc}""",
    ),
    # --- transplant --------------------------------------------------------------------------------
    "transplant_waitlist_export": (
        """recipient.last_name={pt_last}
recipient.first_name={pt_first}
recipient.dob={dob_iso}
recipient.ssn={ssn}
recipient.mrn={mrn}
recipient.unet_id={study_id}
recipient.organ=kidney
recipient.blood_type={blood_type}
recipient.cpra=87
recipient.listing_date={diso1}
recipient.address.line1={street}
recipient.address.city={city}
recipient.address.state={state}
recipient.address.zip={zip}
recipient.phone.mobile={phone}
recipient.coverage.medicare_mbi={mbi}
recipient.coverage.secondary_member={member_id}
coordinator.name={rn}
coordinator.email={rn_email}
# dialysis since {year}; {lab}; dx {icd}; {dose2}""",
        """MSH|^~\\&|TXP|XPLANT|UNOS|WL|{dhl71}||ADT^A08|MSG{count}0417|P|2.5.1
PID|1||{mrn}^^^HOSP^MR||{pt_hl7}||{dob_hl7}|{sex1}|||{street_uc}^{unit_uc}^{city_uc}^{state}^{zip}||{phone}|||||{acct}|{ssn}
PV1|1|O|TXCLINIC^^^{room}||||{npi}^{dr_hl7}
IN1|1|MCR|MEDICARE||||||||||||||||||||||||||||||||||{mbi}
OBX|1|NM|{loinc}||{lab}||{range}|||F|||{dhl72}
NTE|1||Living donor work-up for sister {rel} ({rel_email}), first visit {d3}""",
        """Transplant Selection Committee — minutes, {d1}
Present: {dr} (chair), {dr2}, {rn}, {st} ({role}), {st2} (financial counsellor).
1. {pt_lf}, MRN {mrn}, age {young_age}, liver, MELD 31. Lives in {city}, {state}, {county}; 2 h drive.
   Caregiver plan: husband {rel2_first} and sister-in-law {rel}. Approved for listing {dny2}.
2. {r1_lf} (MRN {r1_mrn}, DOB {r1_dob}) - deferred: abstinence {count} months, {score}.
3. {r2_lf} (MRN {r2_mrn}) - declined, {eponym}; letter to PCP by fax {fax}.
Machine perfusion pump on loan: LifePort serial {serial}, returned {d4}.
Next meeting {dny5}.""",
    ),
    # --- NICU --------------------------------------------------------------------------------------
    "nicu_admission_sheet": (
        """NEONATAL INTENSIVE CARE UNIT — ADMISSION
Infant: Baby Boy {pt_last} ("{pt_first}")       Infant MRN: {mrn}
Born: {baby_dob}   GA 31+2 wk   BW {bw}   {score}
Mother: {rel_lf}   Mother's MRN: {r1_mrn}   DOB {mother_dob}
Father: {rel2}   cell {phone}
Address: {street}, {unit}
         {city} {state} {zip}
Insurance: Medicaid {medicaid}   Plan member {member_id}
Footprint scan ID: {bio}     ID band photo: {photo}
Delivered by {dr} ({role} {dr2_last}); transported from {facility} at {time}.
Isolette {room}; {spo2}; {lab} {range}; {dose2}.
Admitting NNP {rn}, NPI {npi}""",
        """nicu handoff, night shift {dny1}
baby girl {pt_last_lc} (mrn {mrn_lc}) - now day 6, {bw_lc}. {hr}, {spo2}. {lab} {range}, under phototherapy.
mom {rel_first_lc} visited {time} with grandfather {rel2_lc}; dad {r1_first_lc} works nights, call him at {phone2} after 0800.
footprint record {bio_lc} re-taken {d2} (first one smudged).
social work ({st_lc}) following - family moving to {street_lc} in {city_lc} next month, zip {zip}.
{role} aware. {dose2}. eye exam due {dny3}.""",
    ),
    # --- psychiatry inpatient ----------------------------------------------------------------------
    "psych_emergency_hold": (
        """APPLICATION FOR EMERGENCY ADMISSION (72-HOUR HOLD)
Court/Case No.: {case_no}
Patient name: {pt_uc}                 DOB: {dob}          Age: {young_age}
Last known address: {street}, {city}, {state} {zip}
County of residence: {county}
Date/time detained: {dt1}          By: Officer {st}, badge {emp_id}
Brought from: {facility2}
Facts supporting hold: pt found on the {hood} overpass, {score}; states voices said to "go to {city2}".
{bp}, {hr}. Given {dose2}.
Nearest relative notified: {rel} (daughter) at {phone}.
Attending psychiatrist: {dr}, MD    License: {prof_lic}
Photograph on file: {photo_id}""",
        """Behavioral Health Unit — Probable cause hearing transcript (excerpt), {d2}
HEARING OFFICER: We are on the record in the matter of {pt_fml}, case {case_no}.
MS. {r5_last_uc} (counsel): My client was admitted on {d1} and was seen in {room}.
DR. {dr_last_uc}: Yes. On admission the {score}; {lab} unremarkable. She has a history dating to {year}.
HEARING OFFICER: Where would she live if discharged?
PATIENT: With my son {rel2_first} on {street}, {city2}. He's at {phone2}.
DR. {dr_last_uc}: Outpatient follow-up was set with {st} at {facility}, {dny5}.
HEARING OFFICER: The hold is continued to {d3}. Prior inmate number {inmate_no} is noted for the record.""",
    ),
    # --- oral and maxillofacial surgery ------------------------------------------------------------
    "oral_maxillofacial_op": (
        """ORAL & MAXILLOFACIAL SURGERY - OPERATIVE NOTE
Patient: {pt_lf}     DOB: {dob}     Chart #: {mrn}
Date of surgery: {d1}          Surgeon: {dr}, DDS (lic {prof_lic}, DEA {dea})
Procedure: extraction {tooth}, implant placement site #19 ({cpt}, {icd})
Anesthesia: IV sedation, {sedation}. {bp}, {spo2}.
Implant: 4.1 x 10 mm, lot {implant_lot}, UDI {udi}
Stock items: {stock_lot}
Pre-op facial photographs (frontal, lateral): {photo}
Post-op instructions given to the patient and brother {rel2_first}. Rx #{rx_no} for {dose2}.
Follow-up {dny3} at our {city} office, {street}.""",
        """DENTAL CLAIM — ORAL SURGERY                                   Claim No. {claim}
Subscriber: {rel_lf}                 Subscriber ID: {member_id}    Group: {group_no}
Patient: {pt}                        Patient DOB: {dob_us}         Relationship: child
Patient address: {street} / {city}, {state} {zip}
Line | Date of service | Tooth | Code  | Fee
1    | {d2}        | 17    | D7240 | 410.00
2    | {d2}        | 32    | D7240 | 410.00
3    | {d2}        | -     | D9243 | 275.00
Billing dentist: {dr} NPI {npi}   Licence {prof_lic}
Billing office: {facility} — ph {phone}, fax {fax}
Patient account {acct}. Signed {d3}.""",
    ),
    # --- radiation therapy -------------------------------------------------------------------------
    "radiation_fraction_record": (
        """RADIATION ONCOLOGY TREATMENT RECORD   ({version})
Patient {pt_lf}          ID {mrn}         DOB {dob}
Photo for setup ID: {photo}
Physician {dr}   Physicist {st}   Rx: {gy}, {eponym} boost per protocol
FX  DATE         MACHINE    DOSE(cGy)  CUM(cGy)  THERAPISTS
01  {d1}     {linac}      200        200       {rn_init} / {st2_init}
02  {d2}     {linac}      200        400       {rn_init}
03  {d3}     {linac}      200        600       {st2_init}
04  HELD ({lab})
Mask/immobilization: thermoplastic, {nonphone}. Tattoo marks x3.
Transport: van from {facility2}; driver {r4} ({phone}).""",
        """fx_no,treatment_datetime,patient,mrn,plan,delivered_mu,console_ip,operator
1,{diso1},"{pt_lf}",{mrn},PROSTATE_IMRT,412,{ip},{rn_first}
2,{diso2},"{pt_lf}",{mrn},PROSTATE_IMRT,409,{ip},{st_first}
3,{diso3},"{pt_lf}",{mrn},PROSTATE_IMRT,415,{ip2},{rn_first}
# patient photo {photo_id}; ref {icd} {cpt}; {gy}; account {fin}""",
        """Dear {dr2_last},
Your patient {pt_fml} (DOB {dob}) of {city} completed whole-brain radiation on {d4}: {gy}.
Treatment was tolerated with mild fatigue ({score}). {lab} {range}. {dose2}.
Spouse {rel_first} asked for records to be mailed to {street}, {unit}, {city} {zip}.
Our fax is {fax}; please send the MRI from {d2}.
With thanks,
{dr}, MD — Radiation Oncology, {facility}""",
    ),
    # --- genetics clinic ---------------------------------------------------------------------------
    "genetics_pedigree_letter": (
        """GENETICS CLINIC — PEDIGREE SUMMARY (proband {pt_fml}, seen {d1})
  I-1  {r1} (maternal grandfather) — colon cancer, died age {young_age}
  I-2  {r2} (maternal grandmother) — alive, {age90} years, {eponym}
  II-1 {rel} (mother) — breast cancer dx {year}, {gene}
  II-2 {r3_first} (maternal aunt, lives in {city2}) — no testing
  III-1 proband — {gene}
Specimen: saliva, accession {accession}, lab received {d2}.
Counsellor {st}, MS, CGC (cert. {prof_lic}). Results portal: {url}
Cascade testing letters to relatives mailed to {street} / {city}, {state} {zip}.""",
        """{facility}
Division of Medical Genetics
{d3}

{pt}
{street}
{city}, {state} {zip}

Dear {pt_first},

Thank you for coming to see us on {d1} with your grandfather, who at {age90w} is, as he told us, the
oldest member of the family to have kept every letter. Your test (accession {accession}) found {gene}.
This is the change that {eponym} is linked to. We recommend colonoscopy every 1-2 years from now,
not from {young_age}, and testing for your sisters.

If your sister {rel_first} would like testing, she may call {phone} or write to {st_email}.

{st}, Genetic Counselor""",
    ),
    # --- hospice -----------------------------------------------------------------------------------
    "hospice_interdisciplinary_visit": (
        """HOSPICE RN VISIT                          Visit date: {d1}   Time in {time} / out {time2}
Patient: {pt_lf}    Age: {age90}    DOB: {old_dob}    Hospice MRN: {mrn}
Medicare MBI: {mbi}     SSN on consent: {ssn}
Location of care: home — {street}, {city}, {county}
Primary caregiver: {rel} (daughter), {phone}; back-up {rel2}, {phone2}
Dx: {icd} end-stage {eponym}. {score}. {bp}, {hr}, {spo2}.
Comfort kit in home: {dose2}; {stock_lot} left in med box.
Hospital bed (Hill-Rom, {nonphone}) delivered; serial {serial}.
Plan: chaplain {st} to visit {dny2}; aide 3x/wk. Next RN visit {dny3}. RN {rn}""",
        """IDG MEETING — {d2}
- {r1_lf} ({r1_mrn}), age {age90b}: declining, {score}; son {rel2_first} requests respite at {facility}.
- {r2_lf} ({r2_mrn}): stable, recert due {dny4}.
- {r3_lf} ({r3_mrn}): died {dt3} at home in {city}; bereavement to widow {rel} at {street2}, {city2} {zip2}.
- {r4_lf}: pain uncontrolled on {dose2}; {role} to call {dr} ({phone3}).
Volunteer coordinator {st2}. Minutes by {rn}.""",
        """PRONOUNCEMENT OF DEATH — HOME HOSPICE
Name: {pt_uc}
Age: {age90w} ({age90} y)     Hospice ID: {mrn}
Time of death: {dt1} (per family; RN arrived {time2})
Place: residence, {street}, {unit}, {city}, {county}
Pronounced by: {rn}, RN, license {prof_lic}
Attending notified: Dr. {dr_last} by phone {phone}
Funeral home: Evergreen Funeral Chapel, {city2}, fax {fax}
Family present: {rel} (daughter), {rel2} (son-in-law).
Medications destroyed with witness {st}: {dose2}.""",
    ),
    # --- rehabilitation ----------------------------------------------------------------------------
    "inpatient_rehab_flowsheet": (
        """INPATIENT REHABILITATION - WEEKLY TEAM CONFERENCE
PATIENT: {pt_lf_uc}     MRN: {mrn}     ADMIT: {d1}     ROOM: {room_uc}
DX: {icd} / {eponym_uc}   AGE {young_age}
GAIT LAB: {score_uc}. 10 M WALK 0.6 M/S. GAIT SIGNATURE FILE {bio}.
PT ({st_uc}): {nonphone_uc}; TRANSFERS MOD A.
OT ({st2_uc}): ADL FIM 4/7.
SLP: {score_uc}.
DISCHARGE: HOME TO {street_uc}, {city_uc} {zip} WITH SPOUSE {rel_uc} ({phone}).
EST. DISCHARGE {d5}. DME: WHEELCHAIR SERIAL {serial} (LOANER).
ATTENDING {dr_uc}, MD""",
        """Date      | Session  | Discipline | Therapist        | Minutes | Note
{d1}  | AM       | PT         | {st}   | 60      | {score}; gait belt
{d1}  | PM       | OT         | {st2}  | 45      | shower transfer
{d2}  | AM       | SLP        | {rn}   | 30      | {lab}
{d3}  | AM       | PT         | {st}   | 60      | {bp} after stairs
Patient: {pt} ({mrn}); family training with niece {rel_first} on {dny4}. Outpatient PT at {facility} in {city}.""",
    ),
    # --- interpreter services ----------------------------------------------------------------------
    "language_access_request": (
        """Servicio de intérpretes / Interpreter Services — Solicitud / Request
Nombre del paciente / Patient name: {pt}
Fecha de nacimiento / DOB: {dob}
Idioma / Language: {lang}
Fecha y hora / Date-time: {dt1}    Unidad / Unit: {room}
Intérprete / Interpreter: {st} (ID {emp_id}; certificación {prof_lic})
Modalidad: video (VRI) — enlace {url}, equipo {ip}
Contacto familiar / Family contact: {rel}, tel. {phone}
Motivo: consentimiento para {dose}; {role} presente.""",
        """request_id,datetime,language,patient,mrn,interpreter,interpreter_id,mode,minutes,requested_by
{referral_no},{diso1},{lang},"{r1_lf}",{r1_mrn},{st},{emp_id},phone,22,{rn_first}
{pa_ref},{diso2},ASL,"{r2_lf}",{r2_mrn},{st2},{student_id},in person,60,{dr_last}
,{diso3},{lang},"{r3_lf}",{r3_mrn},-,-,VRI,15,{rn_first}
# vendor line {phone2}; voiceprint enrolment for phone-line callers {bio}; {version}""",
        """From: {st_email}
To: {rn_email}
Date: {dt2}
Subject: {lang} interpreter for {pt_last} tomorrow

Hi {rn_first},
Confirming an in-person interpreter ({st2}) for {pt_fml}, MRN {mrn}, {dny3} at {time} in {room}.
The family asked that we not use the patient's nephew {rel2_first} to interpret. The patient's daughter
{rel} can be reached at {phone}. If the video cart is needed instead, the link is {url2}.
Thanks, {st_first} — Language Access, x{count}""",
    ),
    # --- chaplaincy --------------------------------------------------------------------------------
    "chaplaincy_encounter": (
        """Spiritual Care Encounter — {d1} {time}
Patient: {pt_fml} ({mrn}), {room}; faith: {faith}
Referred by: {role} ({rn})
Present: wife {rel}, grandson {rel2_first}.
Family requested their priest, Fr. {st_last} of St. Brendan Parish, {city}, be called: {phone}.
Provided prayer and a blessing; patient ({age90any} years old) asked about {eponym}.
Plan: follow-up {dny3}; notify {st2} (chaplain on call, {phone2}) if death is near.
— Chaplain {dr2}, BCC""",
        """To: {st2_email}
Cc: {rel_email}
Date: {d2}
Subject: Pastoral visit — {pt_first} {pt_last}

Dear Rev. {st_last},
{pt_first} {pt_last}, a member of your congregation in {city} ({hood}), was admitted to {facility} on
{d1}. {pt_first} is {age90} and asked that you visit; the room is {room}. A son, {rel2_first}, is staying at
{street}, {unit}. Visiting hours end at {time2}.
Blessings, {dr2}, Staff Chaplain, {phone}""",
    ),
    # --- patient transport -------------------------------------------------------------------------
    "patient_transport_manifest": (
        """INTERFACILITY TRANSPORT RUN SHEET                  Run # {referral_no}
Unit: Medic 7 ({ambulance})   VIN {vin}   Plate {plate}
Crew: {st} (Paramedic, lic {emt_lic}) / {st2} (EMT)
Patient: {pt_lf}    DOB {dob}    Wt {weight}
Pick-up: {facility}, {room}     Dispatched {dt1}
Destination: {facility2}
Home address (billing): {street}, {city}, {state} {zip}
Insurance: {member_id}   Account {acct}
Vitals en route: {bp}, {hr}, {spo2}. {score}. Given {dose2}.
Receiving RN {rn}. Report called to {phone}.""",
        """dispatch.run_id={referral_no}
dispatch.requested={diso1}
vehicle.vin={vin}
vehicle.plate={plate}
vehicle.odometer=118204
crew.lead={st}
crew.lead.license={emt_lic}
patient.name={pt_lf}
patient.dob={dob_iso}
patient.pickup.address={street} {unit}
patient.pickup.city={city}
patient.pickup.zip={zip}
patient.dest={facility2}
patient.contact={phone}
clinical.level=BLS
clinical.note={score}; {bp}; oxygen {spo2}""",
        """WHEELCHAIR VAN LOG (FIXED WIDTH)  DRIVER {st_uc}  DL {dl}  VAN PLATE {plate}
TIME  PATIENT                 FROM                         TO
{time} {r1_lf_uc}   {street_uc}, {city_uc}      DIALYSIS BAY 4
{time2} {r2_lf_uc}   {facility_uc}    HOME {street2_uc}, {city2_uc} {zip2}
1300  RETURN TO GARAGE  ({nonphone_uc})
VEHICLE VIN {vin}  INSPECTED {d2}""",
    ),
    # --- blood bank --------------------------------------------------------------------------------
    "blood_bank_issue_record": (
        """BLOOD BANK — CROSSMATCH / ISSUE RECORD
Patient: {pt_lf}     MRN: {mrn}     DOB: {dob}     ABO/Rh: {blood_type}
Specimen: {accession}, drawn {dt1} by {st}
Antibody screen: NEG. {lab} {range}
Unit number           Component   ABO   Expires       Issued          Tech
{blood_unit}    RBC LR      O NEG {d5}   {dt2}   {st2_init}
{blood_unit2}     FFP         AB    {d6}   {dt3}   {st2_init}
Transfusing RN: {rn}. Reaction: none. {bp}, {temp}.
Emergency release signed by Dr. {dr_last}.""",
        """unit_id|product|abo|patient_mrn|patient|issued|returned|tech
{blood_unit}|PLT APHERESIS|A POS|{mrn}|{pt_hl7}|{dhl71}||{st_first}
{blood_unit2}|RBC|O NEG|{r1_mrn}|{r1_hl7}|{dhl72}|{dhl73}|{st2_first}
# specimen {accession} ; antibody ID anti-K ; {version} ; quarantine {stock_lot}""",
        """MASSIVE TRANSFUSION PROTOCOL — activation log
Activated {dt1} by Dr. {dr_last} for {pt_init} (ED trauma bay, MRN {mrn}; unidentified on arrival,
identified as {pt_lf} of {city} at {time2}).
Cooler 1: 4 RBC ({blood_unit}, +3), 4 FFP. Cooler 2: 4 RBC, 4 FFP, 1 PLT ({blood_unit2}).
Runner: {st}. Blood bank tech: {st2}. {lab} {range}; {temp}; TXA 1 g given.
Deactivated {dt2}. Family ({rel}, {phone}) informed by {role}.""",
    ),
    # --- organ procurement -------------------------------------------------------------------------
    "opo_donor_referral_call": (
        """OPO REFERRAL LINE — CALL RECORD
Referral #: {referral_no}     Call received: {dt1}
Referring hospital: {facility}    Unit/bed: {room}
Caller: {rn}, RN  (call-back {phone})
Patient: {pt}   Age: {young_age}   Sex: {sex}   MRN: {mrn}
Cause: {eponym}; {score}; vent, {bp}.
Donor ID assigned: {donor_id}
Next of kin: {rel} (spouse) — {phone2}, {street}, {city} {zip}
Courier for specimens: vehicle plate {plate}, driver {st2}
Records requested by fax to {fax}. Coordinator on call: {st}.""",
        """From: {st_email}
Sent: {dt2}
To: {dr2_email}
Subject: Donor {donor_id} - OR time

Team,
OR at {facility2} confirmed for {dny3} at {time2}. Donor is {pt_init}, {weight}, {blood_type}.
Family ({rel}, {phone}) consented at {time}. Medical examiner (case {case_no}) released.
Courier {st2}, van VIN {vin}, leaves the {city} office at {time}.
HLA typing at {url}. Tissue bank contact fax {fax}.
{st}""",
        """OPO DAILY REFERRAL LOG                                            page 1
REF NO     RECEIVED            HOSPITAL                             PT INITIALS  AGE  OUTCOME
{referral_no}   {dt1}   {facility_uc}     {pt_init_uc}        {young_age}   RULE-OUT (AGE/HX)
{pa_ref}  {dt2}   {facility2_uc}     {r4_init_uc}        {age90}   TISSUE ONLY
{case_no}   {dt3}   {facility3_uc}     {r5_init_uc}        34   DCD, {score_uc}
ON-CALL: {st_uc} ({phone}), {st2_uc} ({phone2}). COURIER PLATE {plate}.""",
    ),
    # --- oncology pharmacy -------------------------------------------------------------------------
    "chemo_compounding_worksheet": (
        """STERILE COMPOUNDING WORKSHEET — HAZARDOUS
Rx #: {rx_no}        Order date: {d1}
Patient: {pt_lf}    DOB: {dob}    MRN: {mrn}    BSA 1.86 m2
Drug: {dose}     Diluent: NS 250 mL     {ndc}
Drug lot (stock): {stock_lot}
Prepared by: {st} (tech)    Verified: {st2}, PharmD (lic {prof_lic})
Prescriber: {dr}, DEA {dea}, NPI {npi}
Beyond-use: {dt2}. Deliver to infusion chair {count}. {version}""",
        """rx,patient,dob,drug,dose,prescriber,prescriber_npi,prepared,verified_by
{rx_no},"{r1_lf}",{r1_dob},cyclophosphamide,600 mg/m2,{dr},{npi},{dt1},{st}
{pa_ref},"{r2_lf}",{r2_dob},{brand},200 mg,{dr},{npi},{dt2},{st}
-- prior auth ref above pending with payer; {ndc}; {stock_lot}""",
    ),
    # --- nephrology / dialysis ---------------------------------------------------------------------
    "dialysis_treatment_sheet": (
        """HEMODIALYSIS TREATMENT SHEET            {d1}   chair {count}
Pt: {pt}   MRN {mrn}   DOB {dob}
Machine: Fresenius 2008T, serial {serial}   Dialyzer reuse #0
Access: L AVF. Pre wt {weight}; goal UF 2.5 L. {bp} / {hr}.
Labs: {lab} {range}; {nonphone}.
Meds: {dose2}; epoetin per protocol.
Transport: county van, plate {plate}; home {street}, {city}.
RN {rn} — tech {st}. Nephrologist {dr} notified of {bp}.""",
        """hd_run|date|patient|machine_sn|pre_wt|post_wt|ktv|rn
1|{d1}|{pt_lf}|{serial}|82.4|80.1|1.4|{rn_first}
2|{d2}|{pt_lf}|{serial}|83.0|80.6|1.3|{st_first}
3|{d3}|{pt_lf}|{serial2}|82.8|80.2|1.5|{rn_first}
payer={mbi};secondary={medicaid};mrn={mrn}""",
        """END STAGE RENAL DISEASE MEDICAL EVIDENCE (CMS-2728 style), section A
1. Name: {pt_lf}          2. Medicare claim no.: {mbi}
3. SSN: {ssn}             4. DOB: {dob_us}          5. Phone: {phone}
6. Mailing address: {street}
   {city}, {state} {zip}
7. Primary dx: {icd}, {eponym}. First outpatient dialysis {d2}; {lab} {range}.
8. Facility: {facility}, CCN 00-2{count}1
9. Physician: {dr}, NPI {npi}. Signed {d3}.""",
    ),
    # --- sleep lab ---------------------------------------------------------------------------------
    "sleep_lab_report": (
        """POLYSOMNOGRAPHY REPORT
Patient: {pt_fml}   DOB: {dob}   MRN: {mrn}   Study date: {d1}
Referring: {dr2}, {facility}
Lights out {time}, on 0548. AHI 38/h, nadir {spo2}. {score}.
Home device issued: ResMed AirSense 11, serial {serial}; modem uploads from {ip}.
Interpreting physician: {dr}, MD (NPI {npi})
Follow-up {dny3}; patient's wife {rel_first} reports snoring since {year}.""",
        """SLEEP CENTER — HOME SLEEP TEST DEVICE LOG
device_sn     issued_to           dob           issued       returned     tech
{serial}   {r1_lf}    {r1_dob}    {r1_d}   {r2_d}   {st_init}
{serial2}   {r3_lf}    {r3_dob}    {r3_d}   -            {st_init}
Late device: call {r3_first} at {phone}; address on file {street}, {city} {zip}.""",
    ),
    # --- cardiac device clinic ---------------------------------------------------------------------
    "cardiac_device_remote_check": (
        """DEVICE CLINIC — REMOTE TRANSMISSION
Patient {pt_lf}   DOB {old_dob}   MRN {mrn}   Age {age90any}
Device: {cied} DR, serial {serial}, implanted {d1} by {dr}
Lead RA serial {serial2}; UDI {udi}
Transmission received {dt2} from home monitor at {ip}
Battery 9.5 y. AP 12%, VP 2%. No VT/VF. {hr}.
Portal: {url}
Reviewed by {rn}, RN. Next remote {dny4}.""",
        """seq,received,patient,mrn,device_sn,monitor_ip,alert,reviewer
1,{diso1},"{r1_lf}",{r1_mrn},{serial},{ip},AF burden 6%,{rn_first}
2,{diso2},"{r2_lf}",{r2_mrn},{serial2},{ip2},none,{rn_first}
# clinic fax {fax}; export {version}; ref {icd}""",
    ),
    # --- FHIR-like coverage ------------------------------------------------------------------------
    "fhir_coverage_fragment": (
        """resourceType: Patient
id: {mrn}
identifier:
  - system: urn:oid:2.16.840.1.113883.4.1
    value: {ssn}
name:
  - family: {pt_last}
    given: [{pt_first}]
birthDate: {dob_iso}
telecom:
  - system: phone, value: {phone}
  - system: email, value: {email}
address:
  - line: [{street}, {unit}]
    city: {city}
    district: {county}
    state: {state}
    postalCode: {zip}
---
resourceType: Coverage
subscriberId: {member_id}
beneficiary: Patient/{mrn}
class: group = {group_no}
period.start: {diso1}""",
        """"resourceType": "Encounter",
"identifier": [ "system": "urn:fin", "value": "{fin}" ],
"subject": "display": "{pt}", "reference": "Patient/{mrn}",
"period": "start": "{diso2}", "end": "{diso3}",
"serviceProvider": "display": "{facility}",
"participant": [ "display": "{dr}", "npi": "{npi}" ],
"reasonCode": "{icd}", "note": "{score}; {lab}",
"meta": "source": "{ip}", "versionId": "{version}" """,
    ),
    # --- audiology ---------------------------------------------------------------------------------
    "audiology_fitting_record": (
        """AUDIOLOGY — HEARING AID FITTING
Patient: {pt_lf}     DOB: {old_dob}     (age {age90})     MRN: {mrn}
Date fitted: {d1}   Audiologist: {st}, AuD (lic {prof_lic})
Audiogram: moderate-severe SNHL, PTA 58 dB R / 62 dB L; WRS 72%.
Devices: {hearing_aid} — R serial {serial}, L serial {serial2}
Warranty registered to {street}, {city}, {state} {zip}
Grandson {rel2} (phone {phone}) will help with the charger.
Follow-up {dny3}. {cpt}.""",
        """hearing-aid repair ticket
  ticket ........ {referral_no}
  received ...... {d2}
  patient ....... {pt}
  dob ........... {dob}
  device sn ..... {serial}
  issue ......... feedback, {nonphone}
  return to ..... {street}, {unit}, {city} {zip}
  contact ....... {phone} / {email}""",
    ),
    # --- biometric patient identification ----------------------------------------------------------
    "palm_vein_enrollment": (
        """PATIENT IDENTITY — PALM VEIN ENROLLMENT RECORD
Registrar: {st} (employee {emp_id})     Station IP {ip}
Patient: {pt_lf}   DOB: {dob}   MRN: {mrn}
Palm vein template ID (right): {bio}
Palm vein template ID (left): {bio2}
Face photo captured for the wristband: {photo}
Government ID checked: driver's licence {dl} ({state})
Enrolled {dt1}; consent witnessed by {st2}.""",
        """enrollment_log.csv
enrolled_at,mrn,patient,template_id,photo_ref,registrar,workstation
{diso1},{mrn},"{pt_lf}",{bio},{photo_id},{st_first},{ip}
{diso2},{r1_mrn},"{r1_lf}",{bio2},{photo},{st_first},{ip2}
# duplicate check: {score} ; {version}""",
        """Forensic psychiatry unit — identity re-verification
Patient {pt_fml} (chart ref {mrn}; DOC {inmate_no}) re-enrolled on {d1}: iris template {bio}, left-hand
print {bio2}; previous template voided on {d2}. Escorting officer {st} (badge {emp_id}).
Booking photo on file {photo_id} matched by {rn}. Transfer to {facility} pending, {dny3}.""",
    ),
    # --- telehealth audit --------------------------------------------------------------------------
    "telehealth_access_audit": (
        """timestamp            user            client_ip          action        patient
{diso1}  {st_email}  {ip}     OPEN_VISIT    {pt_lf} ({mrn})
{diso2}  {rn_email}  {ip2}     VIEW_NOTE     {pt_lf} ({mrn})
{diso3}  {dr_email}  {ip}     SIGN          {pt_lf} ({mrn})
session link: {url}
flag: access from {city} outside care team — review by privacy officer {st2} by {dny5}""",
        """Privacy Office — audit finding {case_no}
On {d1} at {time} user {st} (employee {emp_id}) opened the record of {pt} (MRN {mrn}, DOB {dob})
from {ip}, a home connection in {city}. {st_first} is the patient's neighbour on {street}. No care relationship.
Video visit recording link {url2} was also opened. Manager {dr2} informed {d2}; patient letter sent to
{street}, {city}, {state} {zip}.""",
    ),
    # --- health information management -----------------------------------------------------------
    "him_release_fax_cover": (
        """FAX — HEALTH INFORMATION MANAGEMENT / RELEASE OF INFORMATION
To: {facility2}, attn {st2}          Fax: {fax}
From: {st}, ROI specialist           Fax: {fax2}   Phone: {phone}
Date: {d1}    Pages: {count} incl. cover
Re: {pt_lf}   DOB {dob}   MRN {mrn}   SSN {ssn}
Records: {eponym} admission {d2} - {d3}; op note; path {accession}.
Authorization signed by patient's daughter {rel} (POA) on {d4}.
CONFIDENTIAL: if received in error call {phone} and destroy.""",
        """release of information request log (lower-case export)
req {referral_no_lc} | rec'd {d1} | requester: {rel_lc}, {street_lc}, {city_lc} {zip} | patient {pt_lc} | dob {dob} | mrn {mrn_lc}
req {pa_ref_lc} | rec'd {d2} | requester: attorney {st2_lc} (fax {fax}) | patient {r1_lc} | dob {r1_dob} | mrn {r1_mrn}
notes: {role} to verify id; ssn on request {ssn}""",
    ),
    # --- billing -----------------------------------------------------------------------------------
    "specialty_charge_csv": (
        """service_date,patient_account,fin,patient,dob,cpt,icd10,payer_member_id,claim_no,rendering_npi
{d1},{acct},{fin},"{pt_lf}",{dob_us},96413,C50.911,{member_id},{claim},{npi}
{d2},{acct},{fin},"{pt_lf}",{dob_us},77385,C50.911,{member_id},,{npi}
{d3},{acct},{fin},"{pt_lf}",{dob_us},{cpt},{icd},{member_id},,{npi}
# group {group_no}; generated by {version}; stock {ndc}""",
        """CHARGE CORRECTION REQUEST  (specialty: {role})
Account: {acct}     Encounter/FIN: {fin}     Claim #: {claim}
Patient: {pt}     DOB {dob}     Medicaid {medicaid}
Guarantor: {rel}, {street}, {city}, {state} {zip}, {phone}
Service {d2}: billed {cpt}, should be 96375 x{count}. Units per {version}.
Requested by {st} ({st_email}) on {d3}.""",
        """ISA*00*          *00*          *ZZ*PAYER01        *ZZ*ONCPRACTICE    *{dhl71}*1200*^*00501*000004471*0*P*:~
CLP*{claim}*1*4410*3120**MC*{fin}*11~
NM1*QC*1*{pt_last_uc}*{pt_first_uc}****MI*{member_id}~
NM1*82*1*{dr_last_uc}*{dr_first_uc}****XX*{npi}~
REF*EA*{acct}~
DTM*232*{dhl72}~
SVC*HC:96413*1800*1260**1~
SVC*HC:J9271*2610*1860**2~
CAS*CO*45*540~
N3*{street_uc}~
N4*{city_uc}*{state}*{zip}~""",
    ),
    # --- tumor board -------------------------------------------------------------------------------
    "tumor_board_roster": (
        """MULTIDISCIPLINARY TUMOR BOARD — {d1}, {time}, Conf Rm B / {url}
#  Patient            MRN         Age  Path accession  Presenter   Question
1  {r1_lf}    {r1_mrn}   {young_age}   {r1_acc}      {dr_last}      adjuvant {dose}?
2  {r2_lf}    {r2_mrn}   {age90}   {r2_acc}      {dr2_last}     surgery vs {gy}
3  {r3_lf}    {r3_mrn}   58   {r3_acc}      {dr_last}      trial {study_id}
Radiology: {st}. Pathology: {st2}. Navigator: {rn} ({phone}).""",
        """Tumor board summary — {pt_fml}
Presented {d2}. {young_age}-year-old from {city} with {eponym}; {gene}. {lab} {range}.
Imaging {d1} (PACS {url}); biopsy {accession} reviewed by {st2}.
Recommendation: {dose}, then {gy}. Eligible for {study_id}.
Sent to PCP {dr2} by fax {fax}; patient to call navigator {rn_first} at {phone}.""",
    ),
    # --- social work -------------------------------------------------------------------------------
    "social_work_placement_note": (
        """Social Work — Discharge Planning Note ({d1})
Pt {pt_fml}, a {age90w}-year-old, widowed, lives alone at {street}, {unit}, {city} ({county}).
Son {rel2} in {city2} ({phone}); daughter-in-law {rel_first} handles bills.
SNF referrals sent: {facility} (accepted {dny2}), {facility2} (declined, no Medicaid bed), {facility_generic}.
Medicaid application pending: case {case_no}; SSN verified {ssn}.
Patient's car (plate {plate}) to be moved by son. {score}.
{st}, LCSW (lic {prof_lic})""",
        """psychosocial assessment — brief
name: {pt_lc}   dob: {dob}   mrn: {mrn_lc}
housing: shelter at {street_lc}, {city_lc}; previously {hood_lc}
contacts: sister {rel_first_lc} {rel_last_lc} {phone}; case manager {st2_lc} {phone2}
legal: on probation, doc number {inmate_no_lc}; student id {student_id_lc} (community college)
benefits: medicaid {medicaid_lc}
plan: {role} to arrange bus pass; f/u {dny4}""",
    ),
    # --- nutrition ---------------------------------------------------------------------------------
    "nutrition_tpn_order": (
        """PARENTERAL NUTRITION ORDER       order date {d1}
Patient: {pt_lf} | MRN {mrn} | DOB {dob} | Wt {weight}
Dextrose 15% | AA 4.25% | lipids 20% 250 mL | K 40 mEq | {lab} {range}
Home infusion company: {facility2}, phone {phone}, fax {fax}
Pump: CADD serial {serial}, delivered to {street}, {city} {zip}
Dietitian {st}, RD (reg. {prof_lic}). Prescriber {dr}, NPI {npi}.""",
        """Nutrition consult: {pt} ({mrn}), {room}. {young_age} y, {eponym}, {weight}.
Intake 40% of needs x5 days. Recommend {dose2} hold; start TPN {dny2}.
Discussed with husband {rel2_first} and {role}. Follow {lab} daily. RD {st}, {dt3}.""",
        """HOME INFUSION DELIVERY TICKET  #{referral_no}
deliver to: {pt}
            {street} {unit}
            {city} {zip}
deliver on: {d4}, window {time}-{time2}
items: TPN bags x7 ({ndc}), lipids x7, tubing; {stock_lot}
pump on loan: serial {serial2}
driver: {st} / truck plate {plate}
ring first: {phone}; gate code not recorded.
received by: ____________ (patient or {rel})""",
    ),
    # --- wound clinic ------------------------------------------------------------------------------
    "wound_clinic_photo_log": (
        """WOUND CLINIC PHOTO LOG
Patient {pt_lf} / MRN {mrn} / DOB {dob}
Identification (full-face) photo: {photo}
image                       date          site           size (cm)    by
wound_sacrum_01.jpg         {d1}      sacrum          4.2 x 3.1    {rn_init}
wound_sacrum_02.jpg         {d2}      sacrum          3.8 x 2.9    {rn_init}
wound_heel_R_01.jpg         {d3}      R heel          1.0 x 0.8    {st_init}
NPWT unit (Wound VAC) serial {serial}; {score}. Home health: {facility2}, {phone}.""",
        """Wound care visit {d4} — {pt} (age {age90any}), home at {street}, {city}.
Dressing change by {rn}. {score}. {temp}. Stage 3 → granulating.
Face photo re-taken for chart ID ({photo_id}) as the old one was from {year}.
Caregiver {rel} instructed; supplies {stock_lot}. Next visit {dny5}.""",
        """REFERRAL TO WOUND & OSTOMY CLINIC
PT NAME: {pt_lf_uc}      DOB: {dob}      MRN: {mrn}
REFERRING MD: {dr_uc} (NPI {npi})     PH {phone}     FAX {fax}
REASON: STAGE 4 SACRAL PU, {score_uc}; OSTEO R/O. {lab_uc}.
HOME: {street_uc}, {city_uc} {zip}
ID PHOTO (FACE) ATTACHED: {photo}
AUTH: {pa_ref}  MEMBER {member_id}  GROUP {group_no}
REQUESTED APPT: {d2}""",
    ),
}

# Only look-alikes (``values.lookalikes`` keys): none of these notes holds an identifier.
NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """INFUSION PROTOCOL CHECKLIST ({version})
Premeds: {dose}, {dose2}. Hold if {lab} {range} or ANC < 1.0.
Vitals q15min x4: {bp}, {hr}, {temp}, {spo2}.
Chair assignment by {role}; {room} reserved for desensitization.
Stock: {stock_lot}. {ndc}. Regimen started in {year}.""",
    """RADIATION QA — MACHINE {device_uc}
Daily output check 08:00: 1.002. Couch {nonphone}. Plan template {gy}.
Physicist review each week; {version}. CPT {cpt}. Ref {icd}.""",
    """blood bank stock summary
product | abo | units | expiring this week
RBC     | {blood_type} | {count} | 2
PLT     | A POS  | 4 | 1
FFP     | AB     | 12 | 0
quarantine: {stock_lot}; reference {range}; {version}""",
    """NICU teaching round: {eponym} — preterm at 29 wk, {bw}, {score}.
Discussed {dose2}, {lab} {range}, {spo2}. Isolette {room}. The {role} led at {time}.""",
    """Psychiatry unit census: {count} patients, {count} on 1:1. {score}.
PRN use: {dose2}. Group therapy 10:00 and {time2}. Staffing by {role}. Policy rev {year}.""",
    """dental supply order: implants 4.1 x 10 mm (catalog 302-1145-88) x{count}; sutures 4-0;
{stock_lot}; codes {cpt}, D7240; teeth {tooth} most common. {version}.""",
    """Genetics grand rounds: {gene} in {eponym}. Penetrance by age 70 ~40%; carriers aged {young_age} and over.
Testing panel {cpt}; LOINC {loinc}. Counselling visits average 60 min.""",
    """Hospice formulary note: comfort kit = {dose2} + atropine 1% drops + haloperidol 0.5 mg.
{brand} not stocked. {score}. Reviewed by {role} in {year}.""",
    """REHAB GYM SCHEDULE
0800 PT group (parallel bars) | 0930 OT kitchen | 1100 SLP | {time2} aquatic
Outcome targets: {score}; {nonphone}. {device} on loan from {facility_generic}.""",
    """Interpreter utilization Q3: {lang} 412 requests, ASL 61, other 230. Average wait 7 min.
VRI carts: {count} ({version}). Peak hour {time}.""",
    """transport dispatch stats: Medic 7 and Medic 12 in service; avg response 14 min; {count} BLS runs,
ALS {count}. Fleet service {version}. Oxygen cylinders checked {time}.""",
    """Dialysis unit QI: Kt/V >= 1.2 in 94%; {lab} {range}; {dose2} per protocol.
Water culture OK. Machines Fresenius 2008T ({count} in service). Ref {icd}, {cpt}.""",
    """CARDIAC DEVICE CLINIC — PROTOCOL
Remote checks every 91 days; in-clinic yearly. {cied} alert thresholds: AF > 6 h, {hr}.
Battery ERI per manufacturer. {nonphone}. {version}.""",
    """tpn standard bag: dextrose 15%, amino acids 4.25%, lipids 20% ({ndc}); dosing by {weight} dry weight.
Labs twice weekly: {lab} {range}; {loinc}. Started {year} protocol.""",
    """item,ndc,stock_lot,qty_on_hand,par,location
carboplatin 450 mg,0703-4248-01,24K118,14,20,oncology pharmacy
ondansetron 8 mg,{ndc},GX2219,120,150,infusion pyxis
tacrolimus 1 mg,0469-0607-73,3K0411,300,250,transplant clinic
# counted at {time}; {version}; variance {count} units""",
    """OR SCHEDULE — ORAL SURGERY SUITE (no patient data on this view)
ROOM  START  PROC                              CODE   ANES        SURGEON
OS-1  0730   extraction {tooth}                     D7240  {sedation}    attending
OS-1  {time2}   implant #19, 4.1 x 10 mm           D6010  local       the fellow
OS-2  1100   biopsy, lateral tongue            40808  general     attending
Turnover 25 min. {stock_lot}.""",
    """linac.name={linac}
linac.software={version}
qa.daily.output=1.002
qa.monthly.lasers=0.8 mm
plan.template={gy}
plan.constraints=cord < 45 Gy; parotid mean < 26 Gy
service.ticket=none open""",
    """OBX|1|NM|2160-0^Creatinine^LN||1.8|mg/dL|0.6-1.2|H|||F
OBX|2|NM|718-7^Hemoglobin^LN||9.4|g/dL|12.0-16.0|L|||F
OBX|3|NM|{loinc}||{lab}||{range}|||F
NTE|1||Reference ranges per analyzer {version}; critical call by {role}""",
    """transport checklist (bls, interfacility)
- stretcher straps x3, o2 cylinder > 1000 psi
- {ambulance}, unit medic 12; fuel > 1/2
- vitals before leaving: {bp}, {hr}, {spo2}
- handoff to receiving {role}; time out {time}""",
    """HOSPICE COMFORT KIT — STANDING ORDER SET ({year})
MORPHINE 20 MG/ML, 0.25 ML SL Q1H PRN; LORAZEPAM 0.5 MG SL Q4H PRN; {dose2_uc}
ATROPINE 1% 2 DROPS SL Q4H PRN. REVIEW BY {role_uc} EVERY 14 DAYS. {score_uc}.""",
    """Chaplaincy monthly report: {count} visits, {faith} requests most frequent; {role} referrals rose.
Memorial service in the chapel at {time2}. {facility_generic} volunteers helped.""",
)
