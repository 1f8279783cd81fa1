"""Document styles for set n: eldercare, guardianship and the paperwork at the end of life.

``TEMPLATES`` maps a note type to 2-4 templates; ``{key}`` is filled from ``values.identifiers`` (gold)
and ``values.lookalikes`` (filler). ``NEGATIVE_TEMPLATES`` use look-alike keys only.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------------
    "sn_polst_molst_form": (
        """PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)   POLST 2.0   {policy}
HIPAA PERMITS DISCLOSURE OF POLST TO OTHER HEALTH CARE PROVIDERS AS NECESSARY
Patient Last Name: {pt_last}          First: {pt_first}          DOB: {dob_us}
Address: {addr}, {city}, {state} {zip}
Section A  CARDIOPULMONARY RESUSCITATION: [X] Do Not Attempt Resuscitation/DNR
Section B  MEDICAL INTERVENTIONS: [X] Comfort-Focused Treatment (see ORS 127.635)
Section C  Artificially administered nutrition: [X] No artificial means of nutrition
Discussed with: [X] Health Care Agent  {kin}  ({rel})  Phone {phone}
Signature of physician/NP/PA: ______  Print name: {doc}   License #: {med_lic}   NPI {npi}
Date: {d_sign_us}    Dx on file: {icd1}, {icd2}; PPS {pps}
Send form with patient whenever transferred or discharged. Registry fax: {fax}
""",
        """MOLST - Medical Orders for Life-Sustaining Treatment ({form2}, rev. 2019)
PATIENT'S NAME (last, first, middle): {pt_caps}          MRN {mrn}
DATE OF BIRTH (MM/DD/YYYY): {dob_us}     Age {age}
Facility: {fac_ltc}   {room}
1. RESUSCITATION INSTRUCTIONS: Do not attempt CPR (DNR) - order entered {d_sign_long}
2. CONSENT FOR RESUSCITATION: decision made by Health Care Agent {kin_plain}, per {statute2}
   agent tel. {phone2}; alternate agent {kin2} tel. {phone3}
3. PHYSICIAN SIGNATURE: {doc_caps}  Lic. {med_lic}   Date {d_sign}
   Witness: {wit}  (RN)   {time}
Review/renewal: {d_after2_us} - no change; MMSE {mmse}, weight {wt}.
Copy faxed to {fac_hosp} at {fax} by {staff_fi}.
""",
        """polst_export.csv  (registry upload batch, {ver})
registry_id,last,first,dob,zip,section_a,section_b,signer_npi,signed,agent,agent_phone
{reg_id},{pt_last},{pt_first},{dob_iso},{zip},DNR,COMFORT,{npi},{d_sign_iso},"{kin_lfcomma}",{phone}
-- row note: signer {doc_plain} (attending), second signature {np_plain} NP, lic {rn_lic}
-- form {form3}; PPS {pps}; ICD-10 {icd1}; uploaded from {ip}
""",
    ),
    # 2 ------------------------------------------------------------------------------------------------
    "sn_advance_directive_registry_receipt": (
        """State Advance Directive Registry - Filing Receipt
Registrant: {pt}     Date of birth: {dob_long}
Registry No. {reg_id}     Documents on file: Living Will; Durable POA for Health Care ({form1})
Mailing address: {addr} {unit}, {city}, {state} {zip}
Filed {d_event_long} via online portal from {ip}; registrant e-mail {email_pt}
Wallet card mailed. Your documents can be viewed by authorised providers at {url_reg}
Access code has been sent separately to your agent, {kin} ({email_kin}).
This receipt is not a legal document. Registry policy {policy}. Questions: {phone} (TTY {tty}).
""",
        """ADVANCE DIRECTIVE LOOKUP - ED access log
Searched by: {rn_plain} RN (emp {emp_id}) on {dt_event} from workstation {ip}
Query: last={pt_upper} dob={dob_iso} zip={zip}
Result: 1 match. Registry ID {reg_id}. Link: {url_reg}
Agent listed: {kin_lf}, {rel}, {phone}; alternate {kin2_lf}, {phone2}
Directive type: MOLST + Living will (signed {d_before3_us}). Status: ACTIVE.
Patient currently {room}, Dx {icd1}; comfort measures discussed with {role}.
""",
    ),
    # 3 ------------------------------------------------------------------------------------------------
    "sn_health_care_proxy_appointment": (
        """HEALTH CARE PROXY  (N.Y. PHL Art. 29-C)
(1) I, {pt}, hereby appoint {kin} of {addr2}, {city2}, {state2} {zip2}, telephone {phone},
as my health care agent to make any and all health care decisions for me, except to the extent that I state otherwise.
(2) Optional alternate agent: {kin2}, {phone2}, e-mail {email_kin2}
(3) Unless I revoke it, this proxy shall remain in effect indefinitely.
(4) Optional instructions: I do not want artificial nutrition if I have {eponym} at FAST stage {fast} or worse.
(5) Signature ____________  Date {d_sign_long}   Address {addr}, {city}
Statement by witnesses: I declare that the person who signed this document is personally known to me.
Witness 1: {wit}, {addr3}, {city3}       Witness 2: {wit2}
""",
        """Poder para la atención médica / Health Care Power of Attorney ({form2})
Nombre del paciente / Patient name: {pt}      Fecha de nacimiento: {dob_es}
Dirección: {addr}, {city}, {state}, {zip}
Agente / Agent: {kin}  ({rel})  Tel: {cell}   Correo: {email_kin}
Agente alterno: {kin2_plain}  Tel: {phone2}
Firmado el {d_sign_es} ante los testigos {wit} y {wit2}.
Interpreter used: {staff_plain}, Spanish, ID {emp_id}. Capacity note by {doc_fi}: MoCA {moca}, understands and appoints freely.
""",
        """Social work note - HCP completion  {d_event}  {time}
Met with pt {pt_first} {pt_last} ({age} y/o) in {room} with {rel} {kin_first}. Pt able to name {kin_first} as
proxy and {kin2_first} as alternate. Form {form1} completed and witnessed by {wit_plain} and the writer.
Copy scanned to chart (MRN {mrn}); original to family. {kin_first}'s cell {cell}. PPS {pps}, {o2}.
Explained {statute3}: agent's authority begins only when the attending determines incapacity.
{sw}, LMSW
""",
    ),
    # 4 ------------------------------------------------------------------------------------------------
    "sn_durable_poa_notary_page": (
        """DURABLE GENERAL POWER OF ATTORNEY - page 6 of 6   (Uniform Power of Attorney Act § 105)
Principal: {pt}   DL/ID: {dl}
Agent: {kin}   {addr2} {unit2}, {city2} {zip2}
Successor agent: {kin2}
ACKNOWLEDGMENT
State of {state}, County of {county_bare}
On {d_sign_long}, before me, {notary}, Notary Public, personally appeared {pt_plain}, who proved to me
on the basis of satisfactory evidence to be the person whose name is subscribed to the within instrument.
Notary commission no. {notary_comm}, my commission expires {d_after3_long}.
Journal entry #{count}; signer's right thumbprint captured, record {thumb_id}.
""",
        """NOTARY JOURNAL - export, row {count}
date/time       | {dt_event}
signer          | {pt_upper}
address         | {addr_upper}, {city_upper} {zip}
id presented    | state driver license {dl} (exp {year_exp})
document        | Durable POA (financial) + HIPAA release, {form3}
witness         | {wit} ({addr3}, {city3})
thumbprint ref  | {thumb_id}
fee             | {money}
notary          | {notary_plain}, comm. {notary_comm}
""",
    ),
    # 5 ------------------------------------------------------------------------------------------------
    "sn_guardianship_petition": (
        """IN THE PROBATE COURT OF {county}, {state}
In the Matter of the Guardianship of {pt_upper}, an Alleged Incapacitated Person
Case No. {court_case}
PETITION FOR APPOINTMENT OF GUARDIAN OF THE PERSON AND ESTATE ({form1}; UPC § 5-303)
1. Petitioner {kin}, residing at {addr2}, {city2}, {state2} {zip2}, is the {rel} of the Respondent.
2. Respondent {pt_plain}, age {age}, born {dob_long}, resides at {fac_ltc}, {room}.
3. Respondent's Social Security No.: {ssn} (filed under seal per local rule).
4. Physician's evaluation by {doc}, dated {d_before1_long}, finds {eponym}, MMSE {mmse}, CDR {cdr}.
5. Other interested persons: {kin2} ({rel2}), {phone2}.
Respectfully submitted, {atty}, Attorney for Petitioner, Bar No. {bar}, {email_atty}
""",
        """CITATION / NOTICE OF HEARING ({form2})
TO: {pt_caps}, Respondent
Re: Guardianship of {pt_plain}    Docket {court_case}
A hearing on the petition of {kin_plain} will be held on {d_hear_long} at {time} in Courtroom {count},
{county} Courthouse. You have the right to attend and to be represented by counsel. Counsel appointed:
{atty}, tel. {phone}. Court visitor: {inv} will visit you at {addr}, {city} before the hearing.
Docket numbers follow the format YY-GU-NNNNN (Admin. Order 2019-04); see {statute2}.
Dated {d_event_us}     Clerk of Court, by {staff_fi}, Deputy
""",
        """Court visitor report - {court_case}
Visit: {d_before1} {time}, at the respondent's home ({addr}, {city} {zip}), about 40 min.
Respondent {pt_first} {pt_last} ({age} yrs) was in a recliner, oriented to person only; SLUMS {slums}.
Neighbour {wit} says {pt_first} has been found walking on {hood} streets at night twice since spring.
Proposed guardian {kin} ({rel}) has held power of attorney since {year_recent}. {kin_first}'s number {cell}.
Recommendation: limited guardianship; bond {money2}. Photo of respondent taken for the file: {photo}.
{inv}, Court Visitor
""",
    ),
    # 6 ------------------------------------------------------------------------------------------------
    "sn_conservatorship_letters_court": (
        """LETTERS OF CONSERVATORSHIP  (GC-350)
Court file {court_case}   {county}
The court appoints {kin} as conservator of the estate of {pt}, born {dob_us}.
Conservator address: {addr2}, {city2}, {state2} {zip2}   Phone {phone}
Bond posted: {money2}.  Letters issued {d_event_long}; expire on further order.
INVENTORY AND APPRAISAL (attachment 2):
  Checking acct ending {bank_last4} (First Community Bank)     {money}
  Savings acct no. {bank_acct}                                  {money2}
  {year} Buick LeSabre, VIN {vin}, plate {plate}              $2,100.00
Judge {judge}, Probate Division. {statute2}
""",
        """To: {kin_plain}, Conservator       Re: {court_case} - Annual accounting due
Dear Conservator {kin_last},
Our records show the first annual account for the conservatee, {pt_plain}, is due on {d_after3_long}.
Please include statements for account {bank_acct} and proof of sale of the vehicle (VIN {vin}, tag {plate}).
Questions to the probate examiner, {staff}, at {phone2} or fax {fax}. Local rule {statute3}.
Cc: {atty}, counsel of record (Bar {bar})
Mailed {d_event_us} to {addr2}, {city2}, {zip2}
""",
    ),
    # 7 ------------------------------------------------------------------------------------------------
    "sn_aps_intake_hotline": (
        """ADULT PROTECTIVE SERVICES - INTAKE   Report #{aps_case}   Received {dt_event}
Reporter: {rep} ({role})  callback {phone}  [mandated reporter]
Alleged victim (AV): {pt_caps}   DOB {dob}   Age {age}   SSN {ssn}
AV address: {addr} {unit}, {city}, {state} {zip} ({county})
Alleged perpetrator (AP): {perp}, {rel2}, lives in home. Vehicle: grey pickup, plate {plate}.
Allegation: {abuse_type}. Reporter states AP took AV's debit card; withdrawals {money} and {money2} since {d_before2_noyear}.
AV has {eponym}, MMSE {mmse} in {year}. Meds not filled ({drug1}).
Screening decision: ACCEPT, priority 2 (response {days} days). Screener {staff}, {time3}
""",
        """APS Intake Narrative (call transcription)
"Hi, this is {rep_first} from the bank - the branch in {city}, on the square. I'm calling about
a customer, {pt_plain}, they're {age_words}. The grandson, {perp_plain}, came in with her today and wanted
to wire {money2}. The customer kept calling him by a late spouse's name, {kin2_first}. He drove off in a silver
sedan, I got the tag, {plate}. My direct line is {phone}." (call {time}, {d_event})
Screener: AV DOB {dob_us}; address on account {addr}, {zip}. Prior APS case {aps_case}.
Vehicle also seen at AV home per neighbour: {plate2}.
""",
        """APS|INTAKE|{aps_case}|{dt_event_hl7}
AV|{pt_lfcomma}|{dob_compact}|{ssn_full}|{addr}^{city}^{state}^{zip}
AP|{perp_lfcomma}|{rel2}|VEH {plate}|VIN {vin}
RPT|{rep_lfcomma}|{phone}|MANDATED
ALG|{abuse_type}|{icd1}|EASI {easi}
NOTE|AV hard of hearing; aid serial {hearing_serial}; lives alone since {year}|
""",
    ),
    # 8 ------------------------------------------------------------------------------------------------
    "sn_aps_findings_letter": (
        """Department of Aging and Disability Services  -  Adult Protective Services
{d_after2_long}
{pt_plain}
{addr} {unit}
{city}, {state} {zip}
RE: Case {aps_case}
Dear Mr./Ms. {pt_last}:
The investigation of the report received {d_event_long} is complete. The allegation of {abuse_type}
against {perp} was found {case_status} under RCW 74.34.020. Photographs taken during the home visit on
{d_after1_us} (files {photo}, {photo2}) are kept in the confidential case record.
Services offered: home-delivered meals, {hcpcs1} personal care. You may request a review within {days} days.
Your caseworker, {inv}, can be reached at {phone} or {email_staff}.
""",
        """APS FINDINGS SUMMARY - {aps_case}
AV: {pt_lf}  DOB {dob_us}  Age {age}
Investigator: {inv} (#{badge})   Supervisor: {staff}
Contacts: {d_after1_us} home visit; {d_after2_us} interview AP {perp_plain} at {addr2}, {city2}
Evidence: bank stmts acct {acct}; photos {photo}, {photo2} (facial bruising L cheek, 3 cm); PT note.
Findings: {abuse_type} - {case_status}. Braden {braden}, weight {wt} (down from {wt_lb} in {year}).
Referral made to {org2}; guardianship referral to {atty}.
""",
    ),
    # 9 ------------------------------------------------------------------------------------------------
    "sn_rep_payee_ssa_notice": (
        """Social Security Administration
Notice of Change in Payee                     Date: {d_event_long}
Claim Number: {ssn_claim}        BNC# {bnc}
{kin_upper}
{addr2_upper} {unit2}
{city2_upper} {state2} {zip2}
We have selected you to be representative payee for {pt_plain}. Beginning {d_after2_noyear} we will pay
{money2} a month into account {bank_acct}. As payee you must use the benefits for {pt_first}'s needs and
keep records (SSA-623-OP1; 20 CFR 404.2035). If you have questions, call {phone} or visit the office at
{addr3}, {city3}. Please have the claim number ready. Previous payee: {kin2}.
""",
        """SSA-11 interview worksheet (payee applicant) - scanned copy, OCR text
8ENEFICIARY: {pt_caps}   SSN {ssn_ocr}   D0B {dob_ocr}
PAYEE APPLICANT: {kin_caps}   SSN {ssn_kin}   relationship: {rel}
address {addr_ocr}, {city}  {zip}
phone {phone}     bank routing 0210-0002l (nat'l bank, not the payee's)   acct {bank_acct}
Beneficiary lives at {fac_ltc} since {d_admit}; facility fee {money}/mo.
interviewer {staff_fi}  {d_event}    {form2} / {policy}
""",
        """Rep payee monitoring note  - {d_event}
Payee {kin_plain} ({rel}) brought ledger for beneficiary {pt_plain}, claim {ssn_claim}.
Deposits match {money2}/mo. Two cash withdrawals ({money}) explained as hair salon and {brand} supplies.
Payee moved: new address {addr2}, {city2} {zip2}; new phone {cell}. Next review {d_after3_us}.
Beneficiary DOB {dob_us}, {age} yrs, Medicaid {medicaid}. Worker {staff}.
""",
    ),
    # 10 -----------------------------------------------------------------------------------------------
    "sn_partd_redetermination_request": (
        """REQUEST FOR REDETERMINATION OF MEDICARE PRESCRIPTION DRUG DENIAL  (CMS-20027)
Enrollee's name: {pt}          Date of birth: {dob_us}
Enrollee's address: {addr}, {city}, {state} {zip}     Phone: {phone}
Enrollee's Plan ID Number: {member}     MBI {mbi}
Complete the following if the requestor is the enrollee's representative:
Requestor's name: {kin}   Relationship: {rel}   Phone {cell}   (attach {form2})
Prescription drug you are requesting: {drug1}   Rx# {rx_no}
Prescriber: {doc}, NPI {npi}, fax {fax}
Denial notice dated {d_before1_us}; I am requesting an expedited decision. (42 CFR 423.580)
Submitted online {dt_event} from {ip}; confirmation {appeal_case}.
""",
        """Part D Plan - Appeals & Grievances fax cover
TO: Redeterminations Unit   FAX {fax2}
FROM: {doc_plain} / office of {np_plain}, NP     FAX {fax}   PH {phone2}
RE: {pt_lf}, DOB {dob_iso}, member {member}, BIN {bin} PCN {pcn}, case {appeal_case}
Supporting statement: patient with {eponym} and failure of {drug2}; requesting {drug3}.
Prescriber NPI {npi}; DEA {dea}. Pages: {count}. Sent {dt_event}.
Status lookup: {url_portal}
""",
        """Coverage determination log (pharmacy)
{dt_log1}  Claim reject 75 (PA required) for Rx {rx_no} {drug1}  member {rx_bin_member}  ({pt_lfcomma})
{dt_log2}  Called plan, ref {pa_ref}; rep said fax {fax2}
{dt_log3}  Prescriber {doc_lf} ({npi}) notified by {staff_plain}; NDC {ndc}; copay quoted {money}
{dt_log4}  Redetermination filed by {rel} {kin_plain} online, IP {ip}; e-mail {email_kin}
""",
    ),
    # 11 -----------------------------------------------------------------------------------------------
    "sn_ma_reconsideration_ire": (
        """Medicare Advantage Reconsideration - Notice of Decision
{d_after1_long}
{pt_plain}
{addr}
{city}, {state} {zip}
Member ID: {member}    Claim #: {claim}    Plan contract {h_contract}
We reviewed your request to cover skilled nursing facility days at {fac_ltc} from {d_before2_us} through
{d_before1_us}. Our decision is UNFAVORABLE. Because we did not decide fully in your favour, your case
has been automatically forwarded to the Independent Review Entity (42 CFR §422.592). IRE case {appeal_case}.
Your representative on file: {kin} ({form2}). Questions: {phone}, TTY {tty}, {hours}, fax {fax}.
""",
        """NOMNC / fast-track appeal worksheet (QIO)
Beneficiary: {pt_caps}   MBI {mbi}   MA member {member}
Provider: {fac_ltc}, services ending {d_after1_us}   ({form1})
Beneficiary called QIO at {time} on {d_event_us}; rep {kin} ({rel}) {phone}
Attending {doc_lf}, NPI {npi}; therapy notes: TUG {tug}, Katz {adl}
Claim {claim}; FIN {fin}; {rev} revenue code, {money} billed.
QIO reviewer {staff} - decision due {d_after1_noyear}. Fax records to {fax2}.
""",
        """"Level 2 appeal" - IRE intake screen export
CASE      {appeal_case}
BENE      {pt_lfcomma}
DOB       {dob_caps}
MBI       {mbi}
PLAN ID   {member} / group {group}
CLAIM     {claim}
SERVICE   {hcpcs1} x{count}, {cpt1}
REP       {kin_lfcomma} ({form2} on file {d_before3_us})
RECEIVED  {dt_event}
""",
    ),
    # 12 -----------------------------------------------------------------------------------------------
    "sn_hospice_election_statement": (
        """MEDICARE HOSPICE BENEFIT ELECTION STATEMENT   (42 CFR §418.24)
I, {pt}, elect hospice care from {fac_hospice} ({hospice_org}), Provider CCN {ccn}, effective {d_event_long}.
I understand that by electing hospice I waive Medicare payment for care related to my terminal illness
({icd1}) other than that furnished by the hospice, and that I may revoke at any time.
Attending physician of my choice: {doc}, NPI {npi}
Medicare Beneficiary Identifier: {mbi}      Medicaid: {medicaid}
Signature of beneficiary / representative: {kin} ({rel}), because the patient is unable to sign.
Date signed: {d_sign_us}   Witness: {rn}
Addendum (notice of non-covered items) requested: No. Hospice fax {fax}; facility NPI {fac_npi}.
""",
        """Hospice admission consent packet - checklist
Patient: {pt_lf}   DOB {dob}   MRN {mrn}   Admit {d_event_us}
Home: {addr} {unit}, {city} {zip}; gate code not recorded; dog in yard.
[x] Election statement signed by {kin_plain} (HCP) on {d_sign}
[x] Notice of privacy practices   [x] {form2} Hospice Patient Rights
[x] DME: hospital bed {hcpcs1}, concentrator serial {o2_serial} ({brand}, {flow})
[x] Medications: {drug1}; {drug2}
Admitting RN {rn_fi}, {rn_lic}; hospice physician {doc_fi}. Level of care Q5001 routine home care.
""",
        """ELECCION DEL BENEFICIO DE HOSPICIO (traducción)
Yo, {pt}, nacido/a el {dob_es}, elijo el cuidado de hospicio de {fac_hospice} a partir del {d_event_es}.
Médico de cabecera: {doc}. Número de Medicare (MBI): {mbi}.
Firma del representante: {kin}, {rel}, teléfono {phone}.
Fecha: {d_sign_es}. Testigo: {wit}. Intérprete: {staff_plain} (ID {emp_id}).
Diagnóstico terminal: {eponym} ({icd1}); PPS {pps}; FAST {fast}.
""",
    ),
    # 13 -----------------------------------------------------------------------------------------------
    "sn_hospice_recert_face_to_face": (
        """HOSPICE FACE-TO-FACE ENCOUNTER ATTESTATION (3rd benefit period)   42 CFR 418.22(a)(4)
Patient: {pt}  MRN {mrn}  DOB {dob_us}  Age {age}
Benefit period 3: {d_event_us} - {d_after3_us}.  F2F visit performed {d_before1_us} at {addr}, {city}.
I attest that I had a face-to-face encounter with the patient and that clinical findings were provided
to the certifying physician. Findings: weight {wt} (prior {wt_lb}), MUAC {muac}, PPS {pps}, FAST {fast},
albumin per {lab1}. Dependent {adl} ADLs. Sleeping {count} h/day.
{np}, NP   NPI {npi2}      Certifying physician: {doc}, NPI {npi}
Oxygen concentrator on site (SN {o2_serial}); {hcpcs2} billed monthly.
""",
        """Recert narrative - IDG {d_event}
{pt_first} continues to decline: PPS {pps} (from 50% at admission {d_admit}), now bed-bound, {o2}, BP {bp}, HR {hr}.
{rel} {kin_first} ({phone}) visits daily; granddaughter {kin2_first} drives up from {city2}.
Dx {eponym} ({icd1}); comorbid {icd2}. Kennedy ulcer sacrum noted {d_before1_noyear}.
Physician narrative dictated by {doc_fi}, {cpt1} / G0182 documented; next F2F due before {d_after3}.
Chaplain {chap} visit {d_before1}. {policy}.
""",
    ),
    # 14 -----------------------------------------------------------------------------------------------
    "sn_out_of_hospital_dnr": (
        """OUT-OF-HOSPITAL DO-NOT-RESUSCITATE ORDER   EMS-DNR 114   (Tex. Health & Safety Code § 166.082)
Person's full legal name: {pt}        Date of birth: {dob_long}
Gender: ___   Address: {addr}, {city}, {state} {zip}
Bracelet / wallet card no. {dnr_no}
Attending physician: {doc}     License #: {med_lic}     Telephone: {phone}
Declarant / legal representative: {kin}, {rel}       Date: {d_sign_long}
Witnesses: {wit}; {wit2}
EMS: honor this order unless revoked. Do not initiate CPR, intubation or defibrillation.
Copy faxed to county EMS registry {fax} on {d_sign_us}. {policy}
""",
        """EMS run - DNR verification
Incident {ticket}  {dt_event}  Unit M{count}
Location: {addr} {unit}, {city} (cross st. {hood})
Pt {pt_plain}, {age} y/o, pulseless/apneic, lividity present. Family ({kin_first}, {rel}) produced
OOH-DNR #{dnr_no} signed by {doc_fi} {d_before3_us}. Bracelet verified.
No resuscitation. Time of call {time3}. Medical control (base hospital physician): {phone2}. Law enforcement badge {badge}.
ECG asystole in 2 leads, {time3}. Rev. code {rev} not applicable.
""",
    ),
    # 15 -----------------------------------------------------------------------------------------------
    "sn_comfort_care_order_set": (
        """ORDER SET: COMFORT CARE / END OF LIFE (inpatient)  {policy}
Patient: {pt_caps}   MRN: {mrn}   FIN: {fin}   DOB: {dob_us}   {room}
Code status: DNR/DNI (Z66) - confirmed with HCP {kin} {phone} on {d_event_us}
[x] Discontinue labs, telemetry, vitals except q4h resp assessment
[x] {drug1}
[x] {drug2}
[x] {drug3}
[x] PCA pump: {brand}, serial {pump_serial}; morphine {dose_ml} lot {lot} (pharmacy stock, exp {exp})
[x] Chaplain consult ({chap}); SW consult ({sw})
Ordered by {doc}, NPI {npi}   {dt_event}   Verified by {rn_fi}, RN
""",
        """MAR excerpt - comfort care
{pt_lfcomma}  MRN {mrn}  ENC {fin}  Allergies: NKDA
{dt_log1}  morphine 2 mg IV push  given by {rn_initials}  RR {rr}, PAINAD {painad}
{dt_log2}  glycopyrrolate 0.2 mg SC   given by {rn_initials}
{dt_log3}  lorazepam 0.5 mg SL  held - pt asleep
PCA {pump_serial}: basal 1 mg/h, demand 1 mg, lockout 10 min (cassette lot {lot})
Family at bedside: {kin_plain} ({rel}), {kin2_plain}. Ordering {doc_lf}; BP {bp}, SpO2 {spo2} {o2}.
""",
        """Pharmacy verification - palliative infusion
Pt: {pt}  ({age})   MRN {mrn}   Acct {acct}   Unit 4 East {room}
Rx: {drug1}; pump SN {pump_serial}; UDI {udi}
Prescriber: {doc} DEA {dea}   NPI {npi}
Weight {wt}; CrCl est 18 mL/min ({lab1}). Verified {dt_event} by {staff_plain}, RPh.
""",
    ),
    # 16 -----------------------------------------------------------------------------------------------
    "sn_cremation_authorization": (
        """CREMATION AUTHORIZATION FORM  {fac_fh}  (Establishment lic. {fh_lic}; EIN {ein})
Decedent: {pt}        Date of death: {d_event_long}        Age: {age}
Place of death: {fac_hosp}
Authorizing agent(s): {kin}, {rel}, {addr2}, {city2}, {state2} {zip2}; phone {phone}; {email_kin}
Implanted devices: [x] pacemaker - removed by {fd_fi}, serial {icd_serial}   [ ] none
Disposition of cremated remains: release to {kin_plain}
Death certificate no. {death_cert}; cremation permit {permit}; ME release by {inv} on {d_after1_us}
Funeral director: {fd}, License No. {fd_lic}      Date signed {d_sign_us}
Online obituary: {url_obit}
""",
        """Arrangement conference notes - {d_after1}
Family: {kin} ({rel}), {kin2} ({rel2}). Decedent {pt_first} {pt_last}, {age}, died {d_event} at home
({addr}, {city}). Hospice: {hospice_org}. Disposition: {disposition}; service at {fac_fh} on {d_after2_noyear}.
Pacemaker present ({brand}? family unsure); removed before cremation, SN {icd_serial}, returned to mfr.
Veteran ({service_years}), DD-214 requested; {form4} for burial flag. Contract total {money2}.
Director {fd_plain} (lic {fd_lic}). Memorial page: {url_memorial}
""",
    ),
    # 17 -----------------------------------------------------------------------------------------------
    "sn_me_coroner_intake": (
        """OFFICE OF THE MEDICAL EXAMINER - {county}
INVESTIGATIVE INTAKE   Case {me_case}
Decedent: {pt_caps}   Age {age}   DOB {dob_us}   SSN {ssn}
Residence: {addr} {unit}, {city} {zip}
Reported by: {rep} ({role}), {phone}, at {dt_event}
Found: {d_event_noyear}, supine on kitchen floor; last known alive {dt_before1}.
Vehicle in driveway: {vin}, tag {plate}.
Identification: visual by {kin} ({rel}) from photo {photo}; fingerprints AFIS {fp_id} - confirmed.
Physician of record: {doc}, {phone2}. Meds at scene: {drug1}, {drug2}.
Jurisdiction: declined / released to {fac_fh}. Investigator {inv} (badge {badge}).
""",
        """CORONER - DEATH REPORT SHEET  ({form2})
CASE NO {me_case}          PAGE 1 OF {count}
NAME {pt_upper}          AKA "{pt_nick}"
DOB {dob_caps}   AGE {age}   RACE/SEX __
ADDR {addr_upper}, {city_upper} {zip}
DATE/TIME PRONOUNCED {dt_event}   BY {rn_upper}
NOK {kin_upper} ({rel}) PH {cell}  NOTIFIED {d_event_us} IN PERSON
ID METHOD: FINGERPRINT ({fp_id}) / PHOTO ({photo})
VEHICLE: {plate} / VIN {vin}  (towed to county lot)
DEPUTY {inv_upper} #{badge}
""",
        """ME triage call log - {d_event}
{time} call from {fac_ltc} ({rn_plain}, RN, {phone}): {age} y/o resident of {room} found unresponsive.
Hx {eponym}, {icd1}; on hospice? NO. Fall {d_before1_noyear} with head strike, on apixaban.
=> ACCEPT for exam. Case {me_case}. Transport by contract removal service.
Decedent's car (plate {plate}) stays at facility; NOK {kin} {cell}.
Prints taken at intake, AFIS ref {fp_id}; face photo {photo} for ID board.
""",
    ),
    # 18 -----------------------------------------------------------------------------------------------
    "sn_opo_donation_referral": (
        """OPO REFERRAL LINE - Call record   Referral #{opo_ref}
Referring hospital: {fac_hosp}   Unit {room}   Caller: {rn} RN   Callback {phone}
Patient: {pt_lf}   MRN {mrn}   DOB {dob_us}   Age {age}
Trigger: comfort care / withdrawal planned ({dt_event}); GCS 3T. Wt {wt}.
Cardiac time of death (if occurred): ____   Vent: yes
Hx: {icd1}, {icd2}; sepsis; {lab1}.
Tissue/eye screening: eye possible; skin/bone rule-out (age). Donor designation on registry: YES.
Coordinator {staff} will call NOK {kin} ({rel}) at {cell}. Fax chart to {fax}. Donor ID {donor_id}.
""",
        """Tissue referral - telephone screening ({form3})
Ref {opo_ref}  |  Donor {donor_id}  |  Asystole {dt_event}
Name {pt_caps}; age {age}; {city}, {county}
Hospital {fac_hosp}; attending {doc_plain}; MRN {mrn}
Medical/social hx obtained from {kin_plain} ({rel}) {phone2}: no travel, {eponym2}.
Outcome: cornea only (age criteria per {policy}). Recovery at {fac_hosp2}. Screener {staff_fi}.
""",
    ),
    # 19 -----------------------------------------------------------------------------------------------
    "sn_death_pronouncement": (
        """DEATH PRONOUNCEMENT NOTE
Called to bedside at {time} to evaluate {pt_plain} ({age} y/o, MRN {mrn}) for cessation of life.
No spontaneous respirations for 60 s, no heart sounds on auscultation, pupils fixed, no response to
noxious stimulus. Patient pronounced dead {dt_event}.
Family present: {kin} ({rel}) and {kin2}. Family declined autopsy. ME notified ({me_case} - declined jurisdiction).
Organ procurement notified, ref {opo_ref}. Attending {doc} informed by phone.
{np}, NP   {d_event_us}
""",
        """Hospice RN death visit - {d_event}
Arrived {addr}, {city} at {time}. {pt_first} {pt_last} without respirations; apical pulse absent x 1 min.
Time of death per RN pronouncement (state allows RN pronounce): {dt_event}.
Present: {rel} {kin_first}, neighbour {wit}. Post-mortem care; concentrator SN {o2_serial} picked up by DME.
Meds destroyed with witness {kin_plain}: {drug1} {dose_ml} wasted; {drug2}.
Funeral home: {fac_fh}, director {fd} notified {time2}, phone {phone}. Dr {doc_last} notified.
""",
        """EXPIRATION NOTE  |  {room}  |  {pt_lfcomma}  |  {mrn}
Pronounced by {rn_plain} RN and {doc_plain} MD at {dt_event}. Cause (preliminary): {eponym}.
Notifications: NOK {kin} {phone} ({time2}); ME ({me_case}); OPO {opo_ref}; chaplain {chap}.
Belongings: hearing aid (serial {hearing_serial}), wedding ring, glasses - to family.
""",
    ),
    # 20 -----------------------------------------------------------------------------------------------
    "sn_estate_nok_records_request": (
        """{d_event_long}
Health Information Management / Release of Information
RE: Request for records of deceased patient {pt}, DOB {dob_us}, date of death {d_before2_us}, MRN {mrn}
I am the executor of the estate. Letters testamentary ({county}, case {court_case}) are enclosed.
Requestor: {kin}, {addr2} {unit2}, {city2}, {state2} {zip2}; {phone}; {email_kin}
ID: driver's license {dl_kin}. Please send the complete record (incl. billing, acct {acct}) by secure
link to my e-mail, or fax to my attorney {atty} at {fax}. I also need the title papers for the decedent's car
(VIN {vin}) that were in the personal effects. Authority: 45 CFR 164.502(g)(4).
""",
        """ROI log - deceased patient request
Req# {ticket}   Recv {d_event}   Patient {pt_lf} ({mrn})   DOD {d_before2}
Requestor {kin_plain}, relationship {rel}, executor per {court_case}; ID verified DL {dl_kin}
Copy fee {money} (state max per page). Delivered via portal link {url_portal} on {d_after1_us}.
Accounting-of-disclosures entry made. Requestor thumb impression on notarized affidavit: {thumb_id}
Vehicle release letter for plate {plate} sent to DMV. Processed by {staff} ({emp_id}).
""",
        """NEXT-OF-KIN AFFIDAVIT (small estate, {statute2})
Affiant: {kin}, DOB {kin_dob}, of {addr2}, {city2} {zip2}
Decedent: {pt}, SSN {ssn}, died {d_before2_long} at {fac_hosp}
Affiant is the decedent's {rel}. No personal representative has been appointed. Value of estate under {money2}.
Property: {year} Ford Taurus, VIN {vin}, plate {plate}; acct no. {bank_acct}.
Sworn before {notary}, comm. {notary_comm}, on {d_sign_us}. Fax {fax}.
""",
    ),
    # 21 -----------------------------------------------------------------------------------------------
    "sn_bereavement_call_log": (
        """BEREAVEMENT FOLLOW-UP - 13 month plan ({policy})
Deceased: {pt_plain} (d. {d_before2_us})     Primary griever: {kin} ({rel})  {phone}
Contact 1  {d_before1}   phone  {sw_fi}   "sleeping poorly, church helping"  risk: moderate
Contact 2  {d_event}     phone  {sw_fi}   no answer, VM left at {phone2}
Contact 3  {d_after1}    mailing: grief packet to {addr2}, {city2} {zip2}
Memorial service invitation sent to {email_kin}. Memorial fund page: {url_memorial}
Bereavement coordinator: {staff}
""",
        """Bereavement call {d_event} {time}
Spoke with {kin_first} ({rel} of {pt_first} {pt_last}, who died {d_before2_long}).
{kin_first} says the first holiday without {pt_nick} was hard; sister {kin2} stays weekends from {city2}.
PHQ-2 score {phq}; denies SI. Referred to grief group at {fac_hospice} (Tuesdays 6 p.m.).
Asked us to update phone to {cell} and mail to {addr2} {unit2}. {sw}, MSW
""",
        """bereavement_export.csv
griever,relationship,decedent,dod,phone,email,risk,next_contact
"{kin_lf}",{rel},"{pt_lf}",{d_before2_iso},{phone},{email_kin},HIGH,{d_after1_iso}
"{kin2_lf}",{rel2},"{pt_lf}",{d_before2_iso},{phone2},,LOW,{d_after2_iso}
# generated {dt_log1} by {staff_plain}; CPT not billable (bereavement is non-reimbursed under 42 CFR 418.64(d))
""",
    ),
    # 22 -----------------------------------------------------------------------------------------------
    "sn_memory_care_admission": (
        """MEMORY CARE ADMISSION ASSESSMENT   {fac_ltc}   {room}
Resident: {pt} ("{pt_nick}")   DOB {dob}   Age {age}   Resident # {mrn2}
SSN {ssn}   Medicare {mbi}   Medicaid {medicaid}
Admit date: {d_event_us}. From: home ({addr}, {city}) with {kin} ({rel}, POA) {phone}
Cognition: MMSE {mmse}, MoCA {moca}, FAST {fast}, CDR {cdr}. Exit-seeking: yes.
Wander-guard bracelet issued, serial {band_serial}. Resident ID photo on file: {photo}
Med cart palm-vein enrolment for resident ID: {palm_id}
Falls: Morse {morse}. Meds: {drug1}; {drug2}. Allergies: sulfa.
Admitting nurse {rn}, {d_event_long}
""",
        """Admission face sheet - Memory Care (Cottage {count})
LAST NAME..........{pt_last}
FIRST NAME.........{pt_first}   PREFERRED: {pt_nick}
D.O.B. ............{dob_us}   ({age})
SOC. SEC. #........{ssn_full}
RESPONSIBLE PARTY..{kin_plain}  ({rel})  {cell}
ALT CONTACT........{kin2_plain}  {phone2}
PHYSICIAN..........{doc_plain}  NPI {npi}
PHOTO FILE.........{photo}
BRACELET SN........{band_serial}
PALM ID............{palm_id}
""",
        """Pre-admission screening (RN home visit {d_before1})
Met {pt_first} and {rel} {kin_first} at {addr}, {city}. {pt_first}, {age}, was a schoolteacher until {year_recent}.
SLUMS {slums}; unable to draw clock. Wandered to {hood} last month (police returned {pt_first}; car keys removed,
plate {plate} vehicle sold). Hearing aid serial {hearing_serial}. Photo for admission badge {photo}.
Palm scan at admission for med-pass ID ({palm_id}). {rn}, RN.
""",
    ),
    # 23 -----------------------------------------------------------------------------------------------
    "sn_elder_abuse_screen_easi": (
        """ELDER ABUSE SUSPICION INDEX (EASI) - clinic screen   {d_event}
Patient {pt_lf}   MRN {mrn}   DOB {dob}   Age {age}
Q1 relied on people for bathing/dressing/shopping: YES
Q2 someone prevented you from getting food, clothes, medication: NO
Q3 upset because someone talked to you in a way that made you feel shamed: YES ({perp_first})
Q4 someone tried to force you to sign papers or use your money: YES
Q5 someone made you afraid, touched you in ways you did not want: NO
Q6 (doctor) poor eye contact, bruising: YES
EASI {easi}. Patient alone in room for screening. APS report made by {doc} to {phone}; APS case {aps_case}.
{perp} ({rel2}) usually accompanies pt; pt's own phone {phone2}.
""",
        """Geriatrics note {d_event}  {doc}
{age} y/o with {eponym}, {icd1}, here with caregiver {perp_plain}. BP {bp} HR {hr}, wt {wt} (lost 4 kg).
Elder mistreatment screen positive; Katz {adl}, IADL {iadl}. Patient privately says {perp_first} "takes my
checks". Reported to APS ({aps_case}) {time}; safety plan; daughter {kin} ({cell}) notified with consent.
{cpt1}, {cpt2}. Follow up {d_after1_noyear}.
""",
    ),
    # 24 -----------------------------------------------------------------------------------------------
    "sn_adult_day_enrollment": (
        """ADULT DAY PROGRAM - ENROLLMENT   {fac_adc}
Participant: {pt}   DOB {dob_us}   Age {age}   Client ID {client_id}
Home: {addr} {unit}, {city}, {state} {zip}
Attendance: M/W/F, {hours}; billing {hcpcs1} via Medicaid waiver {medicaid}
Transportation: family drop-off. Authorized pick-up: {kin} ({rel}), vehicle plate {plate};
  {kin2} ({rel2}), plate {plate2}
Check-in kiosk: finger-scan template {fp_id}; ID badge photo {photo}
Emergency contacts: {kin_first} {cell}; {kin2_first} {phone2}
Physician {doc}, fax {fax}. Diet: mechanical soft. MMSE {mmse}.
""",
        """Adult day intake interview - {d_event}
{pt_first} ({age}) attended trial day with {rel} {kin_first}. Enjoyed music group; needed cueing for toileting.
{kin_first} drives a blue van, plate {plate}; {kin2_first} ({rel2}) may pick up in a car with plate {plate2}.
Badge photo taken ({photo}); fingerprint check-in enrolled ({fp_id}) - {pt_first} needed 3 tries.
Contact e-mail {email_kin}. Start date {d_after1_long}. Rate {money}/day, {hcpcs1}.
Intake {staff}, RN
""",
        """ADC_ROSTER_EXPORT  v{count}
CLIENT_ID   NAME                  DOB          PICKUP_PLATE  FP_TEMPLATE    PHOTO
{client_id}   {pt_lfcomma}   {dob_us}   {plate}   {fp_id}   {photo}
---
Alt pickup: {kin_lfcomma} / {plate2}  ph {phone}
Enrolled {d_event_iso}; {hcpcs1} {hcpcs2}; waiver {medicaid}
""",
    ),
    # 25 -----------------------------------------------------------------------------------------------
    "sn_pers_device_record": (
        """PERS INSTALLATION RECORD ({brand} {model})   Work order {ticket}
Subscriber: {pt}   DOB {dob}   Acct {acct}
Install address: {addr} {unit}, {city}, {state} {zip}   Key lockbox code: on file
Pendant serial: {pers_serial}   Base unit: {base_serial}   Cellular IMEI {pers_imei}
Voice-activated help enrolment: voiceprint {voice_id}
Responders: 1) {kin} ({rel}) {cell}  2) {kin2} {phone2}  3) neighbour {wit} {phone3}
Installed {d_event_us} by tech {staff_fi} (emp {emp_id}). Test signal OK at {time3}; {hcpcs1} install, {hcpcs2} monthly.
Billing: Medicaid waiver {medicaid}; monthly {money}.
""",
        """PERS monitoring center - alarm event
{dt_log1}  ALARM  pendant {pers_serial}  subscriber {pt_lf}  acct {acct}
{dt_log2}  two-way voice: no response; voice ID {voice_id} not matched
{dt_log3}  called responder {kin_plain} {cell} - no answer; called {kin2_plain} {phone2}
{dt_log4}  EMS dispatched to {addr}, {city}; found on floor, transported to {fac_hosp}
Base unit {base_serial} last heartbeat from IP {ip} (home gateway). Fall detection firmware {ver}.
""",
        """Device swap ticket {ticket}
Customer {pt_caps}, acct {acct}, {addr}, {city} {zip}
Old pendant {pers_serial} (battery fault) -> new UDI {udi}
Gateway {ip} / backup {ip2}; account portal user {user_id}
Subscriber's voiceprint re-enrolled: {voice_id}. Contact {kin_plain} {email_kin}.
Cost {money} (covered under {hcpcs2}). Tech {staff}.
""",
    ),
    # 26 -----------------------------------------------------------------------------------------------
    "sn_home_modification_referral": (
        """HOME MODIFICATION ASSESSMENT (OT)  - {hm_org}
Client: {pt}   Age {age}   DOB {dob_us}   Waiver ID {medicaid}
Address: {addr} {unit}, {city}, {county}, {state} {zip}   Owner: {kin} ({rel})
Findings: 3 entry steps, no rails; tub/shower combo; doorways {inches}.
Recs: modular ramp ({ramp} slope, {count} ft); grab bars x3; tub transfer bench {hcpcs1}; raised toilet seat.
Estimate {money2}; {hcpcs2} home modification. TUG {tug}; Berg 31/56.
Assessed {d_event_long} by {staff}, OTR/L, lic {rn_lic}. Contractor walk-through {d_after1_us}.
Landlord contact {kin2} {phone2}; client phone {phone}.
""",
        """Ramp install - completion sign-off
Job {ticket}   Site {addr}, {city} {zip}
Homeowner/client {pt_plain}; present {kin_plain}.
Installed {d_after2_us}: aluminium ramp 24 ft, {ramp}, 36 in wide; 2 grab bars; lever handles.
Inspector {inv} ({county}) passed {d_after2_noyear}. Funding {hm_org}: {money2}, client share {money}.
Client signature ________  phone {phone}
""",
    ),
    # 27 -----------------------------------------------------------------------------------------------
    "sn_proxy_portal_access_audit": (
        """PATIENT PORTAL - PROXY ACCESS AUDIT (requested by privacy office, {policy})
Patient: {pt_lf}  MRN {mrn}   Proxy: {kin_lf} (user {user_id}, {email_kin})
Proxy form {form1} signed {d_before3_us}; HCP activation after capacity letter by {doc_fi} {d_before1_us}.
timestamp            | source IP        | action
{dt_log1}  | {ip}  | login
{dt_log2}  | {ip}  | view results (lab: {lab1})
{dt_log3}  | {ip2}  | download visit summary
{dt_log4}  | {ip3}  | message to {np_plain}
Invitation link used: {url_portal}
""",
        """From: {email_kin}
To: {email_staff}
Subject: proxy access for {pt_plain} (MRN {mrn})
Sent: {dt_event}
Hi {staff_first}, I'm {pt_first}'s health care agent ({form1} attached, signed {d_before3_long}). The invite link
{url_portal} says expired. {pt_first} is {age} and in {fac_ltc} now. My number is {cell}. Thanks, {kin_first}
--- IT note: blocked login from {ip} (geo mismatch), approved from {ip2}. {staff_fi}
""",
    ),
    # 28 -----------------------------------------------------------------------------------------------
    "sn_medicaid_ltc_eligibility": (
        """NOTICE OF ELIGIBILITY - LONG-TERM CARE MEDICAID (LTC-3559)
Date: {d_event_long}      Case number: {medicaid_case}
{pt_upper}
c/o {kin_upper}
{addr2}
{city2} {state2} {zip2}
Applicant: {pt_plain}   SSN: {ssn}   Medicaid ID: {medicaid}
You are eligible for nursing facility Medicaid starting {d_before2_long}. Your patient liability is
{money2} per month, payable to {fac_ltc}. Look-back review (42 U.S.C. 1396p(c)) found a transfer of {money}
on {d_before3_us}; no penalty. Authorized representative: {kin} ({rel}), {phone}.
Your worker: {staff}, {phone2}, fax {fax}. Fair hearing requests within {days} days.
""",
        """LTC Medicaid application - verification checklist  case {medicaid_case}
Applicant {pt_lf} SSN {ssn_full} DOB {dob_us} ({age})
[x] Birth certificate  [x] Medicare card MBI {mbi}  [x] Burial contract {money}
[x] Bank stmts acct {bank_acct} (60 mo.)   [x] Vehicle title VIN {vin} (excluded resource)
[ ] Life insurance policy - pending from {kin_plain}, {email_kin}
Spouse {kin2} (community spouse, age {age90}) at {addr}, {city} {zip}; CSRA applies.
Worker {staff_fi}; due {d_after1_us}.
""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """POLST quick guide for floor nurses ({policy})
Section A applies only when the patient is pulseless and apneic. A DNR in Section A with "Full Treatment"
in Section B is valid. Forms: {form1}, {form2}. Cite {statute1}. Bright pink paper is preferred, not required.
Review the form on admission, transfer and any change in condition; document in the code status field ({snomed}).
""",
    """Hospice eligibility cheat sheet - dementia (Alzheimer type and {eponym})
FAST {fast} or beyond, unable to ambulate without assistance, speech limited to ~6 words, plus one of: aspiration
pneumonia, pyelonephritis, sepsis, stage 3-4 pressure ulcer, or weight loss > 10% in 6 months.
Supporting: PPS {pps}, MUAC {muac}, albumin ({lab1}). Bill {cpt1} for care plan oversight; revenue code {rev}.
Benefit periods: 90 + 90 + unlimited 60-day periods; F2F required from the 3rd ({statute1}).
""",
    """Comfort care order set - template {ver} ({policy2})
1. {drug1}
2. {drug2}
3. {drug3}
4. {drug4}
Stop: labs, fingersticks, telemetry. Oxygen for comfort only ({o2}). Notify {role} for RR < 8 or > 30.
Stock morphine lot {lot}, exp {exp}; NDC {ndc}. Hospice level of care {hcpcs1}.
""",
    """Guardianship clinic - handout
A guardianship petition ({form1}) needs: a capacity declaration ({form2}), notice to relatives within
{days} days, and a citation served on the respondent. Docket numbers look like YY-GU-NNNNN. Filing fee {money}.
Limited guardianship is preferred ({statute1}; {statute2}). The court visitor reports in about {count} days.
""",
    """APS screening protocol - {policy}
Accept if: alleged victim is 60+ (or 18-59 with a disability), allegation meets the definition in {statute1},
and the victim lives in the service area. Priority 1 = face-to-face within 24 h; priority 2 = {days} days.
Common allegations: {abuse_type}; {abuse_type}. ICD-10 for confirmed abuse: {icd1}. Report fax line is
staffed {hours} on weekdays.
""",
    """Part D appeal timelines (staff reference, {policy2})
Coverage determination: 72 h standard, 24 h expedited. Redetermination ({form1}): 7 days standard.
IRE reconsideration: 7 days. ALJ amount in controversy for {year2}: {money}. Cite {statute1} and {statute2}.
Plan {h_contract}; BIN {bin}; PCN {pcn}. Copay tiers: {money3} / {money}.
""",
    """Memory care unit census (de-identified)
Rooms occupied {count}/24. Average MMSE {mmse}, MoCA {moca}; {pct} on memantine ({drug2}).
Falls this month: {count}; Morse > 45 in {pct}. WanderGuard exits alarmed {count} times (stock lot {lot}).
Youngest resident {age_le89b}, oldest in the unit is in the late 80s ({age_le89}). Staffing 1:{count} days.
""",
    """Pronouncement of death - nursing competency checklist ({policy})
[ ] Auscultate apical pulse for one full minute    [ ] Observe respirations for one minute
[ ] Check pupillary response    [ ] Document time of death to the minute (e.g., {time})
[ ] Notify {role}, the {role2} and the OPO within 1 hour ({statute1}); referral code {opo_code}.
[ ] Cheyne-Stokes respirations and mottling precede death in many patients.
""",
    """Cremation authorization - instructions ({form3})
All next of kin of equal rank must sign. Pacemakers and ICDs must be removed before cremation.
Establishment licence {fh_lic}; EIN {ein}. Waiting period {count} hours ({statute2}). Fee schedule {money2}.
Disposition options: {disposition}. Ages and dates are entered by the director, not the family.
""",
    """Medical examiner - reportable deaths (county policy {policy2})
Report: deaths within 24 h of admission, falls with hip fracture in patients on anticoagulants, suspected
abuse ({icd1}), and unattended deaths. Do not remove lines or tubes. Hours {hours}. Form {form2}.
Unit {room}: the {role} should call before post-mortem care.
""",
    """PERS product sheet - {brand} {model}
Range 600 ft; battery 5 years; fall detection sensitivity 3 levels; firmware {ver}.
HCPCS S5160 (install) and S5161 (monthly service). Monthly fee {money}. Stock lot {lot}.
Two-way voice; base unit needs 120 V outlet and cellular signal of 2 bars or more.
""",
    """Adult day programme - daily census {time}
Participants present {count}; on waiver {pct}. Activities: chair yoga 10:00, music 13:30.
Blood pressures taken: {bp}, {bp2}; one participant HR {hr}. Incident: none. Rate {money}/day; {hcpcs1}.
Van A out of service; rides by family today.
""",
    """Home modification program - eligibility ({hm_org})
Age {age_le89}+ or disabled; income below 80% AMI; owner or landlord consent. Ramp slope {ramp}; door width
{inches}. Max grant {money2}. HCPCS {hcpcs1}. Waitlist {count} months. Policy {policy}.
""",
    """Bereavement program description ({policy})
The hospice offers 13 months of bereavement support (42 CFR 418.64(d)). Contacts at 1 week, 1, 3, 6, 9 and 13
months. Risk tool: Bereavement Risk Assessment ({count} items). Grief groups meet Tuesdays at 6 p.m.
Memorials: {org2}. Staff: {role}.
""",
    """Pharmacy stock - hospice comfort kits (no patient data)
Kit contents: {drug1}; {drug2}; {drug3}; {drug4}.
Lot {lot}, exp {exp}; NDC {ndc}; cost {money}. Revision {ver}. Destroy unused controlled substances per {statute3}.
""",
    """Quality report - advance care planning, Q{count}
{pct} of patients 65+ had ACP documented ({cpt1}, {cpt2}). Average PPS at admission {pps}.
Median length of stay {days} days. {pct} live discharges. Benchmark {year2}. Prepared by {role}.
""",
    """Organ/tissue donation - referral triggers ({policy2})
Call {opo_code} for: GCS <= 5, plan to withdraw support, brain death testing, or any cardiac death
(tissue). Do not discuss donation with the family before the OPO ({statute1}). Age limits: tissue to 80,
eye to {age_le89}. Documentation: {form2}; LOINC {loinc}.
""",
    """Medicare Advantage denial letter (sample, {form1})
Dear Member: We have denied payment for {hcpcs1} and {cpt1}. Amount {money}. You may appeal within
{days} days ({statute2}). Plan {h_contract}, TTY {tty}, {hours}; this is a sample letter for training.
""",
    """Rep payee training notes
Payees must keep records for {count} years. Conserved funds over {money2} must be in an interest-bearing
account ({statute1}). Forms: {form1}, {form2}. Misuse is reported to the OIG. Fees allowed for
organisational payees: {money3}/month (amount revised in {year2}).
""",
    """Dementia staging reference
GDS {gds} / FAST {fast} / CDR {cdr}. MMSE {mmse} corresponds roughly to moderate-severe.
{eponym}: visual hallucinations, fluctuations; avoid haloperidol. {eponym2} differs in onset.
LOINC {loinc} (MMSE total). SNOMED {snomed}. Typical patient age range 65-89.
""",
    """Vital signs trend - bed {room} (identifiers removed for teaching)
Day 1  BP {bp}  HR {hr}  RR {rr}  T {temp}  SpO2 {spo2} {o2}
Day 2  BP {bp2}  HR {hr2}  RR {rr}  SpO2 {spo2}
Weight {wt} ({wt_lb}); BMI {bmi}; {lab1}; {lab2}. PPS {pps}; PAINAD {painad}.
""",
    """Hospice billing edits - {policy}
Revenue code {rev} with HCPCS {hcpcs1}; service intensity add-on {hcpcs2} in last 7 days.
Claim type 81X; occurrence code 27 for the certification date; DRG not applicable ({drg}). Cap {money2}.
Form {form3}; version {ver}.
""",
    """Elder abuse screening tools compared
EASI (6 items, score {easi}), H-S/EAST, VASS. EASI takes about {count} min. Sensitivity {pct}.
Positive screens need a report under {statute1}; code {icd1}; {icd2}. Training: {policy2}.
""",
    """Death certificate completion tips
Part I: the chain of events, immediate cause first ({eponym}). Avoid "cardiac arrest" alone.
Part II: contributing conditions ({icd1}, {icd2}). Manner: natural. Age: enter years (ages over 89 must still be
entered exactly). Certifier signs within {days} days per {statute2}. Form {form4}.
""",
    """Advance directive registry statistics
Filings this year {count},000; {pct} by mail. Average processing {days} days. Registry software {ver}.
Wallet card stock lot {lot}. Funded under {statute3}. Report to the legislature due in {year2}.
""",
    """Hospice DME standing list
Hospital bed {hcpcs1}; oxygen concentrator {flow} ({brand}); wheelchair K0001; commode E0165. Cost per day
{money3}. Suppliers: {org2}. Model {model}; lot {lot}.
""",
)
