"""Document styles for set K: scanned, faxed and OCR'd paper as it reaches a health record.

``{key}`` placeholders are filled from ``values.identifiers`` (gold spans) and ``values.lookalikes`` (filler).
Fax header/footer lines, page counts, station IDs, batch and page ids, Bates numbers, form revisions and an
organisation's fax or phone numbers are look-alikes; a person's own numbers are gold.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------------
    "sk_fax_cover_sheet": (
        """{fax_dt}   FROM: {org_fax}   {station_id}                     P.001/{pages_pad}

                    F A X   C O V E R   S H E E T
                    {org_clinic} -- Medical Records
                    {street2}, {city2}, OH {zip2}

To:    {doc_name}, {dept}                  Fax: {org_fax2}
From:  {clerk_name}, {role}                Phone: {org_phone}  {ext}
Date:  {fax_date}                          Pages (incl. cover): {pages}

RE:    {pt_lfm}    DOB {dob}    MRN {mrn}

[X] Urgent   [ ] For review   [X] Please reply   [ ] Please recycle

Comments: Per your request, attached are office notes {svc_date} and {svc_date2}, med list
({drug} {dose} {sig}; {drug2} {dose2}), last BP {bp}, A1c {a1c}%. Pt states best number is
{pt_cell}; her {rel_rel} {rel_name} may also call from {rel_phone}.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you have received
it in error, notify the sender at {org_phone} and destroy all copies. {form_no} {form_rev}
{fax_dt}   FROM: {org_fax}   {station_id}                     P.001/{pages_pad}
""",
        """*** FAX ***  {fax_dt2}  TSID {tsid}  ->  {org_fax2}        pg 1 of {pages}
________________________________________________________________________
{fac_caps}
HEALTH INFORMATION MANAGEMENT / RELEASE OF INFORMATION
________________________________________________________________________
TO: {org_clinic}, attn {doc_name}            FAX#: {org_fax2}
FROM: {clerk_name} (ROI)                     TEL: {org_phone} {ext}
DATE SENT: {fax_date}       TIME: {time}      # PAGES: {pages}

PATIENT: {pt_caps_fl}        D.O.B.: {dob_caps}
ACCT/FIN: {fin}              MR#: {mrn}
ADDRESS ON FILE: {street}, {unit}, {city}  {zip}

Records enclosed: [X] H&P  [X] Discharge summary ({dis_date})  [ ] Imaging  [X] Labs
Diagnosis on encounter: {icd} {icd_txt}; {icd2} {icd2_txt}

Questions: call {clerk_name} at {org_phone}. Do NOT fax back to this number.
The information contained in this transmission is privileged and confidential ({policy_no}).
""",
        """{fax_dt}  {station_id}  {org_fax}  >> {org_fax2}   Page 001

fax / télécopie
{org_clinic}
To / À: Dr {doc_last}                    Fax: {org_fax2}
From / De: {rn_name}, RN                 Tel: {org_phone}
Re: {pt_name} (DOB {dob}) -- chart {mrn}
Date: {fax_date}           Pages: {pages}

Message: Please see attached ECG ({cpt} {cpt_txt}) and BMP from {svc_date}: Na {na}, K {k},
Cr {cr}. Patient lives at {street}, {city}; home phone {pt_phone}, e-mail {pt_email}.
Next visit {svc_date2} at {time12}.
""",
    ),
    # 2 ------------------------------------------------------------------------------------------------
    "sk_fax_paged_consult_letter": (
        """{fax_dt} FAX {org_fax}          {station_id}                      PAGE 02/{pages_pad}

{org_clinic}
{dept} Consultation

{svc_date}

{doc2_name}, MD
{street2}
{city2}, PA {zip2}

Re: {pt_name}   DOB: {dob}   Chart #: {mrn}

Dear Dr. {doc2_last},

Thank you for referring Mr./Ms. {pt_last}, seen today for {icd_txt} ({icd}). BP {bp}, HR {hr},
SpO2 {spo2} on {o2}. Echo EF {ef}. BNP {bnp}. I have started {drug} {dose} {sig} and will
recheck a BMP in 1-2 weeks. The patient's {rel_rel}, {rel_name}, was present and can be
reached at {rel_phone}.
{fax_dt} FAX {org_fax}          {station_id}                      PAGE 03/{pages_pad}
{pt_name} / {dob} / {mrn}                                             page 2

Plan discussed; return visit {svc_date2}. Please call my cell {doc_cell} with questions.

Sincerely,

{doc_name}, MD, FACC
NPI {npi}
cc: {pt_name}, {street}, {city}, PA {zip}
{fax_dt} FAX {org_fax}          {station_id}                      PAGE 04/{pages_pad}
""",
        """Received: {fax_dt} from {org_fax} (station "{station_id}") -- {pages} pages, {res}
--------------------------------------------------------------------------------------------
{fax_dt2}        {org_clinic}                               #{job_no} P.002
NEUROLOGY FOLLOW-UP -- {pt_lfm}  (DOB {dob_us})  MRN {mrn}
Seen {svc_date} for {eponym}. MoCA {score}. Carbidopa-levodopa 25/100 TID unchanged.
Lives with {rel_name} ({rel_rel}) at {street}, {unit}, {city} {zip}.
{fax_dt2}        {org_clinic}                               #{job_no} P.003
{pt_lfm}  (DOB {dob_us})  MRN {mrn}        page 2 of 2
Assessment: {icd2} {icd2_txt}. Labs: TSH {tsh}, B12 pending. Return {svc_date2}.
Electronically signed: {doc_name} {sig_date} {time}
cc: {doc2_name} (PCP) via fax {org_fax2}
{fax_dt2}        {org_clinic}                               #{job_no} P.004
""",
    ),
    # 3 ------------------------------------------------------------------------------------------------
    "sk_outside_records_index": (
        """OUTSIDE RECORDS -- RECEIPT & INDEX                                    {form_no} {form_rev}
Received from: {fac}, {street2}, {city2}             Received: {recv_via} {fax_date}
Patient: {pt_lfm}      DOB: {dob}      Our MRN: {mrn}      Their MRN: {mrn2}
Requested by: {doc_name} ({dept})       Imaging batch: {batch_id}   Scanner: {scanner}

  Tab  Document                               Date of service     Pages   Page IDs
  ---  -------------------------------------  ------------------  ------  ---------------
   1   Discharge summary                      {dis_date}          4       {page_id}
   2   H&P                                    {adm_date}          6       {page_id2}
   3   Operative report ({cpt} {cpt_txt})     {svc_date}          3
   4   Labs (CBC, CMP, {loinc_txt} {loinc})    various             {pages}
   5   Medication administration record       {adm_date} - {dis_date}   11
   6   Misc correspondence                    {year}             2

Notes: tab 4 partly illegible (fax quality). Outside acct no. {acct} on every page.
Indexed by {clerk_name} on {sig_date} at {time}. QA: [X] pages counted  [X] patient matched x2
""",
        """RECORDS BUNDLE INDEX -- {org_imaging}
Bundle for: {pt_caps}     DOB {dob_caps}     Age {age_old}
Source facility: {fac3}, {city3}          Source fax: {org_fax}
Destination: {org_clinic}                Requested {req_date} by {rn_name}

#   Section                           Dates                     Pp
1   Face sheet                        {adm_caps}                1
2   ED record                         {adm_caps}                5
3   Inpatient progress notes          {adm_caps} to {dis_caps}  38
4   Discharge summary                 {dis_caps}                3
5   Therapy notes (PT/OT)             --                        12
6   Billing summary (acct {acct})      --                        2
Total pages: {pages}     Bates stamped: no     Batch {batch_id}

Patient address on face sheet: {street_caps}, {city_caps} {zip5}. Next of kin {rel_caps},
phone {rel_phone}. Dx on face sheet: {icd} {icd_txt}; DRG {drg}.
""",
    ),
    # 4 ------------------------------------------------------------------------------------------------
    "sk_roi_cover_letter": (
        """{fac}
Health Information Management -- Release of Information
{street2}, {city2}, MI {zip2}        Fax {org_fax}    Tel {org_phone}

{fax_date}

{pt_name}
{street}, {unit}
{city}, MI {zip}

Re: Request {roi_no} -- records of {pt_name}, DOB {dob}, MRN {mrn}

Dear {pt_first} {pt_last},

We received your request on {req_date} (submitted through the online form from IP address
{ip}). The enclosed {pages} pages cover dates of service {adm_date} through {dis_date}.
As you asked, a copy was also sent by fax to your {rel_rel}, {rel_name}, at {rel_fax}.

You may download an electronic copy until {exp_date} at:
{url}

Copy fee: {fee} (waived under {policy_no}). Questions: {clerk_name}, ROI specialist,
{org_phone} {ext}, or reply to {pt_email} from the address you gave us.

Sincerely,
{clerk_name}
Release of Information Specialist
""",
        """RELEASE OF INFORMATION -- TRANSMITTAL                                   {form_rev}
Tracking #: {roi_no}              Date: {fax_date}          Pages: {pages}
Requester: {rel_name} ({rel_rel}, HIPAA authorization on file signed {sig_date})
Deliver by: [X] secure link  [X] fax  [ ] mail  [ ] pick-up
  Fax: {rel_fax}    E-mail: {rel_email}
  Link: {url}  (expires {exp_date})
Patient: {pt_lfm}   DOB {dob}   MRN {mrn}   Encounter {fin}
Dates released: {adm_date} - {dis_date}   Excluded: psychotherapy notes; 42 CFR Part 2 records
Verified by: {clerk_name}  identity check [X] DL  [ ] passport   request IP {ip}
Processed at {time} via {org_imaging}; invoice {money}. Org fax for questions {org_fax}.
""",
    ),
    # 5 ------------------------------------------------------------------------------------------------
    "sk_roi_authorization_handwritten": (
        """[TRANSCRIPTION OF HANDWRITTEN FORM -- {form_no} {form_rev}]
AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION

Patient name: {pt_name_ocr}        Other names used: {pt_nick} [illegible]
Date of birth: {dob_ocr}           SSN (last 4): {ssn4}        MRN (if known): {mrn_ocr}
Address: {street_ocr}  {unit}  City {city}  State OH  Zip {zip}
Phone: {pt_phone_ocr}      Fax (home): {pt_fax}      E-mail: {pt_email}

I authorize: [X] {fac}   [ ] other: ____________
to release to: [X] myself   [ ] attorney   [X] other: {rel_name} ({rel_rel})
Information: [X] discharge summary  [X] labs  [ ] x-rays  [X] all records {year} to present
             [ ] HIV  [ ] mental health  [ ] substance use (initial)
Purpose: [X] personal  [ ] legal  [ ] insurance   Deliver: [X] fax to me at number above
Expires: [X] 1 year  [ ] on event: ______

Signature: [signed]            Date: {sig_date}
Printed name: {pt_name}
Witness: {clerk_name} [initials illegible]     Desk ID check: {bio_kind} template {bio_id}
""",
        """HIM ROI -- handwritten request, keyed from image {page_id} ({scanner}) by {clerk_name}

"To whom it may concern, I {pt_name_ocr} born {dob_ocr} request copies of my records from
my stay at {fac} from {adm_date} to {dis_date} [illegible] my new doctor Dr {doc_last}.
Please fax them to me at {pt_fax} or mail to {street}, {city} {zip}. My chart number
is {mrn_ocr}. You can call me at {pt_cell}. Thank you, {pt_first}"
[signature] dated {sig_date}

Keyer notes: chart # read as written; confirmed via MPI against DOB. Last 4 SSN given by
phone: {ssn4}. Request logged {roi_no}. Fee schedule {fee}.
""",
    ),
    # 6 ------------------------------------------------------------------------------------------------
    "sk_pdf_two_column_extract": (
        """{fac_caps}                                    DISCHARGE SUMMARY
Patient: {pt_lfm}    MRN: {mrn}                Admit: {adm_date}    Discharge: {dis_date}
HOSPITAL COURSE                                 DISCHARGE MEDICATIONS
{pt_first} is a {age_young}-year-old admitted   {drug} {dose} {sig}
with {icd_txt} ({icd}). Troponin               {drug2} {dose2} {sig2}
peaked at {trop}; echo showed EF {ef}.          FOLLOW-UP
Diuresed with IV furosemide, net               {doc2_name}, {dept} -- {svc_date2}
-4.2 L. Cr {cr} at discharge.                   {org_clinic} {org_phone}
Lives with {rel_name} at                        Home health: {rn_name}
{street}, {city} {zip}.                         CODE STATUS: Full
Contact: {pt_phone}                              Dictated by {doc_name} {sig_date}
{pt_lfm} -- MRN {mrn} -- Page 1 of 2          Printed {fax_dt}
""",
        """Page 1                           {pt_caps}  DOB {dob_caps}  FIN {fin}
OPERATIVE REPORT                              SURGEON: {doc_caps}
DATE OF PROCEDURE: {svc_date}                 ASSISTANT: {doc2_name}
PREOPERATIVE DIAGNOSIS:                       ANESTHESIA: General, LMA
{icd2_txt}                                   EBL: {qty} mL
PROCEDURE: {cpt_txt} ({cpt})                  SPECIMENS: to pathology,
Findings: moderate adhesions, no              accession {accession}
purulence. The patient tolerated the pro-     IMPLANTS: none
cedure well and went to PACU in               DISPOSITION: PACU, then
stable condition at {time}.                   {unit_name} {room}
Patient's {rel_rel} {rel_first} updated by    phone {rel_phone}
Page 2                           {pt_caps}  DOB {dob_caps}  FIN {fin}
""",
    ),
    # 7 ------------------------------------------------------------------------------------------------
    "sk_pdf_running_header_hp": (
        """{pt_lfm} (DOB: {dob})                         {fac}                    MRN {mrn}
HISTORY AND PHYSICAL -- {adm_date}
Chief complaint: fall at home. {age_old_words}-year-old (age {age_old}) with {eponym},
{icd2_txt}, on {drug} {dose}. Found on the floor by neighbour {rel_name}, who
called 911 from {rel_phone}. Lives alone at {street}, {city}, {county_full}.
Vitals: T {temp}, BP {bp}, HR {hr}, RR {rr}, SpO2 {spo2}. {score}.
Exam: ecchymosis L hip; shortening and external rota-
tion of the left leg. X-ray: {icd_txt} ({icd}).
{pt_lfm} (DOB: {dob})                         {fac}                    MRN {mrn}
Page 2 of {pages}
Plan: ortho consult ({doc2_name}); hold {drug}; INR {inr}. Daughter-in-law {rel_first}
reachable by e-mail {rel_email}. PCP {doc_name}, {org_clinic}.
{pt_lfm} (DOB: {dob})                         {fac}                    MRN {mrn}
""",
        """=== extracted from PDF: {pt_name}_records.pdf ({pages} pp) ===
{pt_name} * DOB {dob_us} * Acct {acct}                                    {org_clinic}
PROGRESS NOTE {svc_date}  Provider: {doc_name}
Mr./Ms. {pt_last_hyph} returns for follow-up of {icd_txt}. Home readings 130s/80s; today
{bp}. A1c {a1c}, LDL {ldl}, eGFR {egfr}. Continues {drug} {dose} {sig}.
Social: moved to {city} ({street}, {unit}) in {year}; works at the county library.
{pt_name} * DOB {dob_us} * Acct {acct}                                    {org_clinic}
Plan: refill x{refills}; labs before next visit {svc_date2}. Portal messages go to
{pt_email}; cell {pt_cell}.
Signed {doc_name} {sig_date} {time}
Page 2 of 2                  Confidential -- printed {fax_dt}
""",
    ),
    # 8 ------------------------------------------------------------------------------------------------
    "sk_ocr_lab_report": (
        """[OCR -- confidence {conf}]  {org_lab}   CLIA {clia}   Lab Director: {role}
PATIENT: {pt_lfm_ocr}            DOB: {dob_ocr}      SEX: {sex}
PATIENT ID: {mrn_ocr}            ACCESSION: {accession}
ORDERING: {doc_lfm}, NPI {npi}   COLLECTED: {svc_date} {time}   RECEIVED: {svc_date} {time2}
ADDRESS: {street_ocr}, {city} {zip}      PHONE: {pt_phone_ocr}
TEST                     RESULT     FLAG   REF RANGE        UNITS    LOINC
Glucose                  {glu}             70-99            mg/dL    2345-7
Creatinine               {cr}              0.60-1.20        mg/dL    2160-0
Potassium                {k}               3.5-5.1          mmol/L   2823-3
Hemoglobin A1c           {a1c}      H      <5.7             %        4548-4
TSH                      {tsh}             0.45-4.50        uIU/mL   3016-3
Hemoglobin               {hgb}             12.0-16.0        g/dL     718-7
Report faxed to {org_fax} at {time2}. Insurance: {org_payer} ID {member_ocr}
Page 1 of 1   {form_no}
""",
        """0CR TEXT ({scanner}, {dpi}) -- PAGE 1
CUMULATlVE REPORT     {org_lab}                  CAP # {cap_no}
Name: {pt_lfm_ocr}     MRN {mrn_ocr}     D0B {dob_ocr}     Acct {acct}
Physician: {doc_lfm}       Copy to: {doc2_name}
Spec # {accession}   Coll {svc_date}   Loc {unit_name} {room}
             {svc_date}   {svc_date2}
WBC          {wbc}         {wbc}       K/uL   (4.0-11.0)
HGB          {hgb}         {hgb}       g/dL
PLT          {plt}         {plt}       K/uL   (150-400)
INR          {inr}         {inr}              (0.9-1.1)
BNP          {bnp}                     pg/mL  (<100)
C0MMENT: called to {rn_name} at {time} read-back OK. Pt home ph {pt_phone_ocr}.
""",
    ),
    # 9 ------------------------------------------------------------------------------------------------
    "sk_greenscreen_capture": (
        """PMI010  PATIENT MASTER INQUIRY                         {time}   SCREEN 1 OF 3
 MRN....: {mrn}          NAME: {pt_caps}
 SSN....: {ssn}       DOB..: {dob_ymd8}   AGE: {age_old}   SEX: {sex}
 ADDR1..: {street_caps}
 ADDR2..: {unit}
 CITY...: {city_caps}            ST: NY   ZIP: {zip5}   CNTY: {county}
 HOME PH: {pt_phone}            WORK PH:
 NOK....: {rel_caps}             REL: {rel_rel}   PH: {rel_phone}
 INS1...: {org_payer}    ID: {member}    GRP: {group}
 INS2...: MEDICARE A/B           MBI: {mbi}
 LAST ADM: {adm_caps}  DISCH: {dis_caps}  ACCT: {acct}   SVC: MED  DRG {drg}
 PCP....: {doc_caps}
F1=HELP F3=EXIT F7=BACK F8=FWD F12=CANCEL               USER {clerk_caps}  TERM {station_id}
""",
        """** ADT LEGACY INQUIRY -- CAPTURED {fax_dt} BY {clerk_caps} **
>ACCT NO   {acct}            PAT TYPE  I  ADM DT {adm_caps}  DIS DT {dis_caps}
>PATIENT   {pt_caps}    MR {mrn}   AGE {age_old}
>SSN       {ssn}      BIRTH {dob_old_caps}     MS W   REL CATH
>ADDRESS   {street_caps}  {city_caps} {zip5}
>GUAR      {rel_caps}   PHONE {rel_phone}
>FIN CLASS {ins_type}   PLAN {plan_code}   MEMBER {member}   MCD {medicaid}
>ATTEND    {doc_caps}     ADMIT DX {icd}  {icd_txt}
>ROOM      {room}     ACCOM PVT   REV {rev_code}   CHGS {money}
>MSG: NO MAIL -- RETURNED ENVELOPE {year}. CALL {pt_phone} BEFORE BILLING.
""",
    ),
    # 10 -----------------------------------------------------------------------------------------------
    "sk_legacy_caps_discharge": (
        """{fac_caps}
DISCHARGE SUMMARY                                         DICT: {old_date2}  TRANS: {old_date2}
PATIENT: {pt_caps}     UNIT NO: {mrn}     SS#: {ssn}
ADMITTED: {old_date}     DISCHARGED: {old_date2}     ATTENDING: {doc_caps}
AGE: {age_old}   ADDRESS: {street_caps}, {city_caps}

HISTORY: THIS {age_old_words}-YEAR-OLD WIDOW WAS ADMITTED FROM {fac3} WITH {icd_txt}.
SHE HAS A HISTORY OF {eponym}. DAUGHTER {rel_caps} ACCOMPANIED HER.
HOSPITAL COURSE: TREATED WITH IV ANTIBIOTICS. PERMANENT PACEMAKER PLACED, SERIAL {dev_serial}.
DISCHARGE MEDS: {drug} {dose} {sig}; {drug2} {dose2} {sig2}.
FOLLOW UP: DR. {doc2_last} IN 2 WEEKS. HOME PHONE {pt_phone}.
CC: {doc2_name}
JOB# {job_no}  D: {time2}  T: {time}  ** THIS COPY SCANNED FROM MICROFILM, BATCH {batch_id} **
""",
        """*** SCANNED FROM PAPER CHART -- ORIGINAL TYPEWRITTEN ***
{fac_caps}       {street2}   {city2}
SUMMARY OF HOSPITALIZATION
NAME {pt_caps}      HOSP NO {mrn}      ACCT {acct}
BIRTHDATE {dob_old_caps} (AGE {age_old})     S.S. NO {ssn}
DATE OF ADMISSION {old_date}         DATE OF DISCHARGE {old_date2}
PHYSICIAN {doc_caps}                 REFERRING {doc2_name}
FINAL DX: 1. {icd_txt}  2. {icd2_txt}  3. {eponym}
LABS ON ADMISSION: HGB {hgb}  WBC {wbc}  BUN {bun}  CR {cr}  K {k}
DISPOSITION: TO {fac3} (SKILLED NURSING), SON {rel_caps} NOTIFIED AT {rel_phone}.
D: {doc_caps} / TRANSCRIBED {old_date2} / MT {clerk_caps}
""",
    ),
    # 11 -----------------------------------------------------------------------------------------------
    "sk_insurance_card_scan": (
        """INSURANCE CARD -- FRONT (scanned {fax_dt} at {scanner}, page id {page_id})
  {org_payer}                          {plan_code}
  Member: {pt_caps_fl}
  Member ID: {member}                  Group No: {group}
  Dependents: 01 {pt_first_caps}  02 {rel_caps}
  RxBIN {rx_bin}   RxPCN {rx_pcn}   RxGrp {rx_group}
  PCP: {doc_name}   PCP Ph: {org_phone}
  Copays: PCP {copay}  Spec {copay}  ER {copay2}   Eff. {iss_date}
INSURANCE CARD -- BACK (page id {page_id2})
  Members: call {org_phone2} (TTY 711). Providers: submit claims to payer ID {payer_id}.
  Pharmacists: help desk {org_phone}. Pre-cert required for inpatient admissions.
  Card issued {iss_date}. This card does not guarantee coverage.
Registration note: card belongs to subscriber {rel_name} ({rel_rel}); patient {pt_name}
DOB {dob}, MRN {mrn}. Verified by {clerk_name} {sig_date}.
""",
        """[Card image OCR -- {conf} confidence]
FRONT:
  MEDICAID  {org_payer}
  NAME {pt_caps}
  ID# {member_ocr}      DOB {dob_caps}
  ISSUED {iss_date}     CARD 0{refills}
BACK:
  Medicaid ID {medicaid}   Eligibility line (automated) {org_phone}
  If found, return to: {street_caps}, {city_caps} {zip5}
--- Secondary card (front) ---
  UnityFirst Medicare Advantage {plan_code}
  Medicare Beneficiary ID {mbi}   Member {member}   Grp {group}
Uploaded by patient via portal from {ip}; matched to MRN {mrn}, acct {acct}.
""",
    ),
    # 12 -----------------------------------------------------------------------------------------------
    "sk_id_licence_scan": (
        """PHOTO ID SCAN -- {doc_type_code}   captured {fax_dt} at {scanner}
  Document: DRIVER LICENSE, state of WA            Class C     Endorsements: NONE
  DL No: {dl_ocr}
  LN: {pt_last_caps}     FN: {pt_first_caps}   SEX {sex}
  Address: {street_caps} {unit} {city_caps} WA {zip5}
  DOB {dob_caps}   ISS {iss_date}   EXP {exp_date}   HGT {ht}  EYES BRN
  [portrait image stored as {photo}]
  Back: barcode (PDF417) decoded OK; organ donor Y; veteran N
Identity match: [X] name [X] DOB [X] address -- MRN {mrn}
Kiosk {bio_kind} enrolment: template {bio_id}
Scanned by {clerk_name}, {role}; registration {fin}.
""",
        """ID VERIFICATION -- {org_imaging}
Type: STATE ID CARD (non-driver)     No. {dl}      Expires {exp_date}
Name on card: {pt_caps_fl}     DOB: {dob}
Address on card: {street}, {city}  {zip}   (differs from chart: {street3}, {city3})
Face photo file: {photo}     Match score {conf2}
Biometric check ({bio_kind}): {bio_id}  result MATCH
Employee ID of verifying staff: badge of {clerk_name} ({emp_id})
Linked: MRN {mrn}, account {acct}, portal e-mail {pt_email}
""",
    ),
    # 13 -----------------------------------------------------------------------------------------------
    "sk_lab_requisition_scan": (
        """{org_lab} -- TEST REQUISITION                                  {form_no} {form_rev}   {barcode}
PATIENT (print): {pt_lfm}          DOB {dob}      Sex [X]{sex}
Address {street}  City {city}  Zip {zip}      Phone {pt_phone}
Bill: [ ] client  [X] insurance  [ ] patient    Ins: {org_payer}  ID {member}  Grp {group}
Ordering provider: {doc_name}   NPI {npi}     Acct {acct}
Dx codes: {icd}, {icd2}
Tests: [X] CMP 80053  [X] CBC/diff 85025  [X] HbA1c 83036  [ ] lipid 80061  [X] TSH 84443
       [ ] PT/INR  [X] urine microalbumin 82043
Collected {svc_date} {time} by {rn_name}   Fasting [X]Y [ ]N   Specimen ID {accession}
Lab use: CLIA {clia}  received {time2}  tubes: 2 SST, 1 LAV
""",
        """[handwritten requisition transcribed]
Pt: {pt_name_ocr}    DOB: {dob_ocr}   MRN {mrn_ocr}
Dr: {doc_last} [illegible first name]   Ph (office): {org_phone}   Dr cell: {doc_cell}
Dx: {icd_txt} ({icd})  ---  Stat? [ ]
Tests requested: CBC, BMP, Mg, "A1C if not done since {short_date}"
Insurance: {ins_type} -- member # {member_ocr}
Draw date: {svc_date}    Drawn by: {rn_name}   Tube lot {lot} (stock)
Results fax to office {org_fax} AND copy to pt at {pt_email}
""",
    ),
    # 14 -----------------------------------------------------------------------------------------------
    "sk_referral_packet_fax": (
        """{fax_dt}  FROM {org_fax}  {station_id}  TO {org_fax2}              P. 1/{pages}
REFERRAL PACKET -- {dept}
Referring: {doc_name}, NPI {npi}, {org_clinic} (group NPI {group_npi}, TIN {tax_id})
  Dr {doc_last}'s direct e-fax for the consult report: {doc_fax}
Referred to: {doc2_name}, {fac}
Patient: {pt_name}   DOB {dob}   Phone {pt_phone}   Alt {pt_cell}
Address: {street}, {unit}, {city}, OR {zip}
Insurance: {org_payer} ID {member}  Group {group}  Auth # {pa_ref}
Reason: {icd_txt} ({icd}); {score}; failed {drug} {dose}.
Urgency: [ ] urgent  [X] routine   Interpreter: [X] yes -- language per pt
Enclosed: last 2 office notes, labs {svc_date} (A1c {a1c}, Cr {cr}), imaging report
""",
        """Page 1 of {pages}   {fax_dt}   "{station_id}"

REFERRAL / CONSULTATION REQUEST       {form_no} {form_rev}
To: {fac3}, {dept}            Fax {org_fax2}
From: {doc_lfm}                Direct fax: {doc_fax}    NPI {npi}
Patient: {pt_lfm}  ({dob})  MRN {mrn}  Acct {acct}
Contact: {pt_phone} / e-mail {pt_email}; if unavailable, {rel_name} ({rel_rel}) {rel_phone}
Question for consultant: evaluate {eponym}; TSH {tsh}, {loinc_txt} {loinc}. BP {bp}.
Please schedule before {svc_date2}.
Page 2 of {pages}   {fax_dt}   "{station_id}"
""",
    ),
    # 15 -----------------------------------------------------------------------------------------------
    "sk_prior_auth_faxback": (
        """{fax_dt}    {org_payer} UM     {org_fax}                      001/{pages_pad}
PRIOR AUTHORIZATION DETERMINATION -- FAX BACK
Reference #: {pa_ref}            Decision date: {fax_date}
Member: {pt_caps}  DOB {dob}     Member ID: {member}     Group: {group}
Provider: {doc_name} (NPI {npi})      Facility: {fac}
Service: {cpt} {cpt_txt} x1; {hcpcs}      Dx {icd} {icd_txt}
Decision: [X] APPROVED  [ ] PENDED  [ ] DENIED
Approved {svc_date} through {svc_date2}. Units: {qty}. Place of service {pos}.
Claim must reference auth {pa_ref}. Reviewer: {rn_name}, RN. Appeals: fax {org_fax2}.
This is not a guarantee of payment.
{fax_dt}    {org_payer} UM     {org_fax}                      001/{pages_pad}
""",
        """FAX FROM {org_payer} PHARMACY PRIOR AUTH DEPT   PH {org_phone}   FX {org_fax}
Date/time sent: {fax_dt}      Pages: {pages}
TO: {doc_lfm}    FAX: {org_fax2}
RE: {pt_name}   DOB {dob_us}   ID {member}   Case {pa_ref}
Drug: {brand} ({drug2} {dose2})  NDC {ndc}  qty {qty}/{days_supply} days
Status: DENIED -- step therapy: trial of {drug} required (formulary tier 2).
Criteria reviewed: A1c {a1c}% on {svc_date}; eGFR {egfr}.
You may resubmit with chart notes. Peer-to-peer: call {org_phone2} by {svc_date2}.
Member copy mailed to {street}, {city} {zip}.
""",
    ),
    # 16 -----------------------------------------------------------------------------------------------
    "sk_pharmacy_refill_fax": (
        """{fax_dt} {org_pharm}  {org_fax}                                         PAGE 1
REFILL AUTHORIZATION REQUEST
To prescriber: {doc_name}    DEA {dea}    NPI {npi}
   Fax (prescriber's direct line on file): {doc_fax}
Pharmacy: {org_pharm}   NCPDP {ncpdp}   DEA {pharm_dea}   Ph {org_phone}
Patient: {pt_lfm}      DOB {dob}      Ph {pt_phone}
Address: {street}, {city}, TX {zip}
Rx #: {rx_no}    Drug: {drug} {dose}   Sig: {sig}   Qty {qty}   Last fill {svc_date}
Refills remaining: 0     Plan ID {member}   RxGrp {rx_group}

[ ] Approved, refills: ____    [ ] Denied   [ ] Patient needs appointment
Prescriber signature: ______________  Date: ______
""",
        """**** PHARMACY REFILL REQUEST ****  {fax_dt}  FROM: {org_fax}
{org_pharm} Store
Prescriber: DR {doc_caps}   NPI {npi}   state lic {state_lic}
Patient: {pt_caps}  D.O.B. {dob_caps}  Rx# {rx_no}
Med: {drug2} {dose2} #{qty} -- {sig2}
Orig. date {svc_date}; last filled {svc_date2}
Notes: pt called from {pt_cell}, says she is out. Please fax back to {org_fax} or e-Rx.
Handwritten reply: "OK x {refills} -- {doc_last}" dated {sig_date}
""",
    ),
    # 17 -----------------------------------------------------------------------------------------------
    "sk_death_cert_worksheet": (
        """DEATH CERTIFICATE WORKSHEET -- FUNERAL HOME COPY (faxed {fax_dt})    {form_no} {form_rev}
1. Decedent's legal name: {pt_mi_name}         2. Sex: {sex}
3. SSN: {ssn}        4a. Age: {age_old}        5. Date of birth: {dob_old}
6. Birthplace: {city3}                           7a. Residence: {street}, {city}
7b. County: {county}        7c. ZIP: {zip5}      8. Ever in armed forces? [X] yes [ ] no
9. Marital status: widowed   10. Surviving spouse: --
11. Father: {rel_name} (deceased)   12. Informant: {wit_name}, {rel_rel}, {rel_phone}
13. Place of death: [X] hospital inpatient -- {fac}
14. Date of death: {dod_long}     Time: {time}
15. Cause: a) {icd_txt}  b) {icd2_txt}   Interval: years
16. Certifier: {doc_name}, MD, license {state_lic}
17. ME case: [ ] yes [X] no    Identity confirmed by fingerprint record {fp_id}
Funeral home fax: {org_fax}
""",
        """[OCR of handwritten worksheet -- portions illegible]
DECEDENT: {pt_lfm_ocr}  AKA: {pt_nick}
D.O.B. {dob_old}   AGE {age_old} yrs   SSN {ssn_ocr}
DATE OF DEATH {dod}   PRONOUNCED {time} by {rn_name}
PLACE: residence -- {street}, {unit}, {city}, {county_full} [illegible] {zip}
INFORMANT: {rel_name} ({rel_rel})  tel {rel_phone}  email {rel_email}
MANNER: [X] natural [ ] accident [ ] pending
IMMEDIATE CAUSE: {icd_txt}   DUE TO: {eponym}
CERTIFIER: {doc_lfm}  lic # {state_lic}   ME case # {case_no}
Decedent ID: fingerprint comparison, record {fp_id}
Hospice MRN {mrn}; disposition: cremation.
""",
    ),
    # 18 -----------------------------------------------------------------------------------------------
    "sk_signature_page_esign": (
        """SIGNATURE PAGE                                           Document {form_no} {form_rev}  p. {pages} of {pages}
Patient: {pt_name}      MRN {mrn}      DOB {dob}

______________________________           Date: {sig_date}   Time: {time12}
Patient signature
Printed name: {pt_name}

______________________________           Date: {sig_date}
Witness: {wit_name}, {role}

______________________________           Date: {sig_date}
Physician: {doc_name}, MD   NPI {npi}

--- Electronic signature certificate ---
Envelope: {url}
Signer: {pt_email}   Signed {fax_dt2}   IP {ip}   Device: iPad (kiosk 3)
Audit: sent {fax_dt} by {clerk_name}; viewed; signed; completed.
""",
        """CONSENT -- SIGNATURE PAGE (scanned)                      {barcode}
I, {pt_name_ocr}, have read [X] page 1 [X] page 2 of this consent for {cpt_txt}.
Signature: [signed]   Printed: {pt_name}   Date: {sig_date}  Time: {time}
If signed by representative: {rel_name}, relationship {rel_rel}, phone {rel_phone}
Interpreter: [X] used -- ID {emp_id}
Provider attestation: {doc_name} ({state_lic}) -- {sig_date}
E-sign trail: {ip} -- {fax_dt2} -- {url}
""",
    ),
    # 19 -----------------------------------------------------------------------------------------------
    "sk_imaging_batch_index_csv": (
        """# document imaging index export -- batch {batch_id} -- station {scanner} -- operator {clerk_name}
batch,page_id,doc_type,mrn,fin,patient,dob,dos,pages,file
{batch_id},{page_id},ID-SCAN,{mrn},{fin},"{pt_lfm}",{dob},{svc_date},1,{photo}
{batch_id},{page_id2},INS-CARD,{mrn},{fin},"{pt_lfm}",{dob},{svc_date},2,
{batch_id},P{job_no}1,ROI-AUTH,{mrn},,"{pt_lfm}",{dob},{req_date},{pages},
# upload source for ROI-AUTH: patient portal, client IP {ip}, e-mail {pt_email}
# QA flag: DOB on ID ({dob_us}) vs chart checked by {rn_name}; dpi {dpi}; blank pages removed: 3
""",
        """IMAGING QUEUE -- unmatched pages ({scanner}, {dpi})
PAGE_ID   | DOC_TYPE | NAME FOUND ON PAGE      | DOB FOUND     | ID FOUND            | ACTION
{page_id} | DC-SUM   | {pt_caps}               | {dob_caps}    | {mrn2} (outside)    | match to {mrn}
{page_id2}| CORR     | {rel_name}              | --            | acct {acct}         | attach
P{job_no}5| PHOTO    | {pt_name}               | --            | file {photo}        | attach; face photo
Batch {batch_id}; portal uploader IP {ip}; index reviewer {clerk_name}; {fax_dt}
""",
    ),
    # 20 -----------------------------------------------------------------------------------------------
    "sk_bates_legal_copy_set": (
        """CERTIFIED COPY -- PRODUCED PURSUANT TO SUBPOENA                     {bates}
{org_law}   {street2}, {city2}   Attorney: {atty_name}   Fax {org_fax}
Case: {pt_last} v. {wit_name}, No. {case_no}         Deposition of custodian: {svc_date2}
Records of: {pt_name}   DOB {dob}   MRN {mrn}
Dates produced: {adm_date} - {dis_date}      Bates range {bates_range}
---------------------------------------------------------------------------- {bates2}
ED NOTE {adm_date}: restrained driver, MVC at {time}. Vehicle per EMS: {vehicle_desc}, plate
{plate}, VIN {vin}. GCS 15. CT head neg. C-spine cleared. Discharged with {drug} {dose}.
Police report attached (pages 14-16).
Billing: acct {acct}, claim {claim}, {money}.
Custodian: {clerk_name}, HIM, signed {sig_date}.
""",
        """{bates}                       CONFIDENTIAL -- SUBJECT TO PROTECTIVE ORDER
TRAFFIC COLLISION REPORT (excerpt, produced with medical records)
Date of collision: {adm_date}   Time: {time}   Location: {street3} at {street2}, {city3}
Unit 1 driver: {pt_caps}   DOB {dob_caps}   DL {dl} (OH)
  Address: {street_caps}, {city_caps} {zip5}   Phone {pt_phone}
  Vehicle: {year2} sedan   Plate {plate}   VIN {vin_ocr}
Unit 2 driver: {wit_name}   Insurer {org_payer}   Claim {claim}
Transported by EMS to {fac}.
{bates2}                      CONFIDENTIAL -- SUBJECT TO PROTECTIVE ORDER
""",
    ),
    # 21 -----------------------------------------------------------------------------------------------
    "sk_placard_form_fax": (
        """{fax_dt}  DMV MEDICAL CERT UNIT  {org_fax}                     P 1/2
APPLICATION FOR DISABLED PERSON PARKING PLACARD / PLATES    {form_no} {form_rev}
Section A (applicant)
  Name: {pt_name}      DOB: {dob}      DL/ID No.: {dl}
  Address: {street}, {unit}, {city}, {zip}     Phone: {pt_phone}
  Request: [X] permanent placard  [ ] temporary  [X] plates for vehicle below
  Vehicle: plate {plate}   VIN {vin}   year {year2}
Section B (medical certification)
  [X] cannot walk 200 ft without stopping  [ ] uses portable oxygen  [X] class III/IV heart disease
  Diagnosis: {icd_txt} ({icd}); EF {ef}
  Certifying provider: {doc_name}   License {state_lic}   NPI {npi}   Date {sig_date}
  Office phone {org_phone}
""",
        """[FAX -- handwritten entries transcribed]
PLACARD RENEWAL -- PHYSICIAN STATEMENT             {barcode}
Applicant: {pt_name_ocr}     born {dob_ocr}
Plate on file: {plate}   Vehicle ID #: {vin_ocr}
Home: {street}, {city}  Tel {pt_cell}
Condition: {eponym}; uses walker; {score}.
Duration: [X] permanent  [ ] ___ months
Physician: {doc_lfm}   lic {state_lic}   signed {sig_date}
Return to MVD by fax {org_fax} or mail. Fee {fee}.
""",
    ),
    # 22 -----------------------------------------------------------------------------------------------
    "sk_dme_cpap_faxback": (
        """{fax_dt}  {org_clinic} DME   {org_fax}                         PAGE 2 OF {pages}
DME DELIVERY & SETUP CONFIRMATION -- fax back to ordering office
Patient: {pt_lfm}   DOB {dob}   Ph {pt_phone}
Ship-to: {street}, {unit}, {city} {zip}
Order: {hcpcs} {cpap}, heated humidifier, full-face mask (stock {lot})
Device: {brand}   Serial no. {dev_serial}   UDI {udi}
Modem ID on device: cellular; compliance report to {doc_name}
Sleep study {svc_date}: AHI {ahi}, nadir SpO2 {spo2}. {score}.
Insurance: {org_payer} ID {member}; 13-month rental, claim {claim}.
Set up by {rn_name} on {svc_date2} at {time12}. Pt signature on file.
""",
        """RENTAL EQUIPMENT RETURN / SWAP -- {org_clinic}
Pt: {pt_caps}   DOB {dob_caps}   Acct {acct}
Returned: concentrator, serial {dev_serial}  (reason: noise)
Issued:   concentrator, UDI {udi}
O2 order: {o2} continuous; SpO2 RA {spo2} at rest. Rx by {doc_name} NPI {npi}.
Driver {clerk_name} at {street}, {city} on {svc_date}; {rel_rel} {rel_first} signed.
Call back number {rel_phone}.
""",
    ),
    # 23 -----------------------------------------------------------------------------------------------
    "sk_implant_record_scan": (
        """OUTSIDE OPERATIVE RECORD -- IMPLANT LOG (scanned, page {page_k} of {pages})
{fac}   OR {room}   Date {svc_date}
Patient: {pt_lfm}    MRN {mrn2}    Surgeon: {doc_name}
Procedure: {cpt_txt} ({cpt})
Implant                       Mfr/Model          Lot / Serial               Exp
Femoral component             size 5             SN {dev_serial}            --
Tibial insert                 10 mm              {udi}
Bone cement (stock)           40 g               {lot}                      {year}
Implant sticker sheet checked by {rn_name}.  Sponge/needle counts correct x2.
Patient card mailed to {street}, {city} {zip}.
""",
        """DEVICE REGISTRATION FORM (photocopy, poor quality)
Device: pacemaker, dual chamber ({brand})   Serial #: {dev_serial}
Leads: RA {udi}
Implanted {svc_date} at {fac3} by {doc_lfm}
Patient: {pt_name_ocr}   DOB {dob_ocr}   Phone {pt_phone_ocr}
Address: {street_ocr}, {city} {zip}
Follow-up clinic: {org_clinic} device clinic; remote monitor paired {svc_date2}
""",
    ),
    # 24 -----------------------------------------------------------------------------------------------
    "sk_him_walkin_id_verify": (
        """HIM WALK-IN REQUEST -- IDENTITY VERIFICATION LOG        {policy_no}
Date/time: {fax_dt}     Desk: {station_id}     Staff: {clerk_name}
Requester: [X] patient  [ ] personal representative
Name given: {pt_name}      DOB given: {dob}
ID presented: driver licence {dl}, exp {exp_date}
  [X] photo matches requester (photo captured: {photo})
  [X] {bio_kind} check-in template matched: {bio_id}
Chart located: MRN {mrn}; last visit {svc_date}
Address confirmed: {street}, {unit}, {city} {zip}    Phone: {pt_cell}
Records released on CD: [X] imaging  [X] reports   ROI # {roi_no}   fee {fee}
Time out {time}.
""",
        """ROI COUNTER -- REPRESENTATIVE PICK-UP
Patient: {pt_lfm}   MRN {mrn}   DOB {dob}
Representative: {rel_name} ({rel_rel})  phone {rel_phone}  e-mail {rel_email}
Authority: [X] POA document scanned (page {page_id})  [ ] guardianship
ID: {dl} -- photo on file {photo}
Biometric signature pad not used; {bio_kind} scan {bio_id} matched to enrolment.
Released: {pages} pages, dates {adm_date} - {dis_date}. Logged by {clerk_name} at {time}.
""",
    ),
    # 25 -----------------------------------------------------------------------------------------------
    "sk_fax_tx_confirmation": (
        """TRANSMISSION VERIFICATION REPORT
TIME      : {fax_dt}
NAME      : {station_id}
FAX       : {org_fax}
TEL       : {org_phone}
SER.#     : BRN{job_no}X{pages_pad}

DATE,TIME        {fax_dt2}
FAX NO./NAME     {pt_fax}
DURATION         00:{duration}
PAGE(S)          {pages_pad}
RESULT           {tx_result}
MODE             {res} / {speed}
[first page thumbnail]: "Patient: {pt_name} DOB {dob} MRN {mrn} -- lab results {svc_date}"
Note by {clerk_name}: destination is patient's home fax per request {roi_no}; confirmed by phone
{pt_phone} at {time}.
""",
        """MISDIRECTED FAX -- PRIVACY INCIDENT WORKSHEET       {form_no}
Detected {fax_date} by {clerk_name}. Intended recipient: {org_clinic} fax {org_fax2}
Actual destination: {doc_fax} (Dr {doc_last}'s personal fax, digits transposed)
Pages: {pages}   Sent {fax_dt}   Station "{station_id}"
Content: discharge summary of {pt_name}, DOB {dob}, MRN {mrn}, encounter {fin};
  diagnoses {icd} / {icd2}; meds {drug} {dose}
Recipient attested destruction {sig_date}. Patient notified by letter to {street}, {city} {zip}
and by phone {pt_phone}. Case # {case_no}. Risk assessment: low ({policy_no}).
""",
    ),
    # 26 -----------------------------------------------------------------------------------------------
    "sk_intake_form_transcription": (
        """NEW PATIENT REGISTRATION (paper form, transcribed by {clerk_name})     {form_rev}
Last: {pt_last}    First: {pt_first}    MI: [illegible]    Preferred: {pt_nick}
DOB {dob}   Sex [X]{sex}   SSN {ssn}
Street {street}   Apt {unit}   City {city}   County {county}   ZIP {zip}
Home ph {pt_phone}   Cell {pt_cell}   [X] OK to text   Fax {pt_fax}
E-mail {pt_email}
Emergency contact: {rel_name}   Relationship: {rel_rel}   Ph {rel_phone}
Insurance: {org_payer}   Subscriber ID {member}   Group {group}   Subscriber DOB [same]
Employer: retired since {year}
Pharmacy: {org_pharm}
Photo taken at check-in: [X] yes -- file {photo}
Chart assigned: MRN {mrn}; acct {acct}
""",
        """HEALTH HISTORY QUESTIONNAIRE -- page 1 (patient handwriting, OCR)
Name {pt_name_ocr}        Date {svc_date}        DOB {dob_ocr}
Age {age_young2}   Ht {ht}  Wt {wt}
Do you have: [X] high blood pressure [ ] diabetes [X] thyroid ({eponym}) [ ] asthma
Medications: {drug} {dose} "once a day"; {brand}
Allergies: PCN (hives)
Surgeries: knee scope {year2}; [illegible]
Family hx: mother -- stroke at {age_young}
Who referred you? Dr {doc_last} / {org_clinic}
Best phone {pt_phone_ocr}   email {pt_email}
Signature [signed] {sig_date}
""",
    ),
    # 27 -----------------------------------------------------------------------------------------------
    "sk_pip_records_request": (
        """{org_payer} AUTO -- PERSONAL INJURY PROTECTION (PIP) UNIT          fax {org_fax}
REQUEST FOR MEDICAL RECORDS AND ITEMIZED BILLS                       {fax_date}
Claim number: {claim}          Date of loss: {adm_date}
Insured: {rel_name}            Injured party: {pt_name}   DOB {dob}
Claimant SSN (for 1099 only): {ssn}
Insured vehicle: {year2} SUV   VIN {vin}   Plate {plate}
Provider: {fac}, {street2}, {city2} {zip2}
Please send records for dates of service {adm_date} through {svc_date2}, including ED record,
imaging ({cpt} {cpt_txt}) and UB-04 (rev code {rev_code}).
Adjuster: {atty_name}   direct {doc_cell}   {org_phone2} {ext}
Authorization signed by claimant {sig_date} enclosed (2 pages).
""",
        """RE: PIP claim {claim} / our client {pt_name}
{org_law} -- records request cover letter      {fax_dt}
Client: {pt_name}, {street}, {city} {zip}   DOB {dob}   SSN {ssn_ocr}
Accident date: {adm_date}; vehicle VIN {vin_ocr}, tag {plate}
Treating: {doc_name} at {fac}; account {acct}
Please forward to attorney {atty_name}; our fax {org_fax}. Fees up to {fee} per page pre-approved.
Client phone {pt_cell}.
""",
    ),
    # 28 -----------------------------------------------------------------------------------------------
    "sk_efax_inbox_queue": (
        """eFax INBOX EXPORT -- queue {station_id} -- {fax_date}
received,from_number,from_name,pages,doc_class,matched_patient,mrn,dob,status
{fax_dt},{org_fax},{org_clinic},{pages},LAB-OUT,"{pt_lfm}",{mrn},{dob},indexed
{fax_dt2},{pt_fax},"{pt_name} (patient, home)",2,ROI-AUTH,"{pt_lfm}",{mrn},{dob},pending
{fax_dt2},{org_fax2},{org_payer},{pages},PA-RESP,"{pt_lfm}",{mrn},{dob},route to UM
# internet-fax submission from patient: origin IP {ip}; cover page link {url}
# triaged by {clerk_name}, {time}
""",
        """INBOUND FAX TRIAGE -- {station_id}
Line 1  {fax_dt}  from {org_fax}  ({org_pharm})  {pages}p  refill request -- {pt_name} -- Rx {rx_no}
Line 2  {fax_dt2}  from {pt_fax}  ("personal fax")  1p  handwritten note from {pt_first}: "please
        call me {pt_cell}" -- matched MRN {mrn}, DOB {dob}
Line 3  {fax_dt2}  from {doc_fax}  (Dr {doc_last} -- home office)  3p  consult note
Web-to-fax relay header: X-Origin-IP {ip}; retrieval {url}
Assigned to {clerk_name}. SLA {turnaround}.
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """FAX COVER SHEET -- {org_clinic}                                     {form_no} {form_rev}
To: {org_lab}, client services            Fax: {org_fax2}
From: {role}                               Phone: {org_phone} {ext}
Pages (incl. cover): {pages}               Time: {time}
RE: updated supply order -- no patient information enclosed
Please send 2 cases of SST tubes ({lot}) and 1 case lavender tops. Courier pickup after {time12}.
CONFIDENTIALITY NOTICE: if received in error, call {org_phone} and destroy.
""",
    """{station_id}   {org_fax}                                   P.001/{pages_pad}
MEMO TO ALL REFERRING OFFICES
{org_clinic} is changing its fax line for referrals. New number: {org_fax2}. Old number
{org_fax} will be retired at year-end {year}. Main line stays {org_phone}.
Referral forms {form_no} {form_rev} and later are accepted; earlier revisions will be returned.
Questions: the {role}, {ext}.
""",
    """TRANSMISSION VERIFICATION REPORT
NAME      : {station_id}
FAX       : {org_fax}
SER.#     : BRN{job_no}X{pages_pad}
FAX NO./NAME     {org_fax2}
DURATION         00:{duration}
PAGE(S)          {pages_pad}
RESULT           {tx_result}
MODE             {res} / {speed}
Job {job_no}: formulary update from {org_payer} (no PHI). Operator: {role}.
""",
    """DOCUMENT IMAGING -- DAILY BATCH QA SUMMARY
Station: {scanner}    Batch: {batch_id}    Resolution: {dpi}
Pages scanned: {pages}{seq}   Blank pages removed: {refills}   Re-scans: {qty}
Doc types: {doc_type_code} 41%, OSR 22%, CORR 9%, other 28%
OCR mean confidence {conf}; lowest page {page_id} ({conf2}%) flagged for manual indexing.
Barcode cover sheets read: {barcode} x{qty}. Policy {policy_no}. Shift {time} - {time2}.
""",
    """PRIOR AUTHORIZATION REQUIREMENTS -- {org_payer}            effective {year}
Fax requests to UM at {org_fax}; urgent requests call {org_phone}.
Codes requiring PA: {cpt} ({cpt_txt}), {cpt2} ({cpt2_txt}), {hcpcs}.
Inpatient DRG {drg} reviews within 72 hours. Place of service {pos} excluded.
Turnaround: standard {turnaround}; expedited 72 hours. Form {form_no} {form_rev}.
Peer-to-peer requests: {org_phone2}.
""",
    """{org_lab} -- REFERENCE RANGES (adult)      CLIA {clia}   CAP {cap_no}
Glucose, fasting   70-99 mg/dL      LOINC 2345-7
Creatinine         0.60-1.20 mg/dL  LOINC 2160-0
Potassium          3.5-5.1 mmol/L   LOINC 2823-3
HbA1c              <5.7 %           LOINC 4548-4
TSH                0.45-4.50 uIU/mL LOINC 3016-3
Critical values phoned to the {role} within 30 min; fax copies from {org_fax}. {form_rev}.
""",
    """PHARMACY REFILL REQUEST -- BLANK TEMPLATE                {form_no} {form_rev}
Pharmacy: {org_pharm}   NCPDP {ncpdp}   DEA {pharm_dea}   Ph {org_phone}   Fax {org_fax}
Prescriber: ____________________   NPI __________
Patient: _______________________   DOB ___/___/_____
Drug: _____  Sig: _____  Qty: ___  Refills: ___
[ ] Approved  [ ] Denied  [ ] Needs appointment
Example entry (training): {drug} {dose} {sig}, qty {qty}, {refills} refills.
""",
    """CHART COPY FEE SCHEDULE -- HIM / ROI            {policy_no}
Paper copies: {fee}; electronic copy on CD: {money}; certification of records: $20.00.
Requests by fax to {org_fax}; status line {org_phone}. Standard turnaround {turnaround}.
Patients' own requests: fee waived for continuity of care. Form {form_no} {form_rev}.
Bates-stamped productions for counsel: prefix assigned per matter (example {bates}).
""",
    """LEGAL PRODUCTION LOG -- SUMMARY (no patient detail)
Matter prefix range: {bates_range}
Pages produced: {pages}{seq}    Privilege log entries: {refills}
Produced by {org_imaging} for {org_law}. Certification on {form_no}.
Custodian declaration attached. Delivery by secure FTP; cost {money}.
""",
    """** ADT LEGACY SYSTEM -- DAILY CENSUS TOTALS **   {time}
UNIT   BEDS  OCC  PEND-ADM  PEND-DC  ISO
{unit_name}   32    {qty}   3         5        2
MICU     16    14   1         2        4
TELE     24    {refills}   2         6        0
DRG MIX: {drg} (21%)  291 (9%)  871 (7%)    REV {rev_code}   CHGS TODAY {money}
F3=EXIT F7=BACK F8=FWD                       TERM {station_id}
""",
    """OCR QUALITY NOTE
Source: {scanner}, {dpi}. Frequent misreads on this device: 0/O, 1/l/I, 5/S, rn/m.
Example: "Hemoglobin 1l.2" read for 11.2 g/dL; "K 5.l" for {k} mmol/L; "BP l30/80" for {bp}.
Indexers should verify numeric results against the source image before filing. Ref {policy_no}.
Confidence below {conf} routes the page to manual review.
""",
    """STANDING ORDER -- LAB REQUISITION (protocol, no patient)        {form_no} {form_rev}  {barcode}
Diabetes panel every 3 months: HbA1c (83036), CMP (80053), urine microalbumin (82043).
Dx: {icd} {icd_txt}. Statin monitoring: lipid panel 80061 yearly; LDL goal < 70.
Draw station hours {time12} to 4:30 PM. Tube lot {lot} (stock). Fasting 8-12 h.
Results to ordering office via fax {org_fax}.
""",
    """PRIOR AUTH FAX-BACK -- BLANK RESPONSE FORM ({org_payer})     {form_rev}
Reference #: __________     Decision: [ ] approved  [ ] pended  [ ] denied
Service: {cpt} {cpt_txt}  Units: {qty}   POS {pos}
Criteria: InterQual / MCG subset; {icd} {icd_txt}; {score} threshold.
Appeals within 60 days to fax {org_fax2}. Member services {org_phone}.
""",
    """DME SUPPLIER NOTICE -- {org_clinic}
Product: {brand}, {cpap}; masks and filters {hcpcs} A7030, A7038.
Compliance: use at least 4 h/night on 70% of nights in a 30-day window (Medicare).
Stock lot {lot} recalled for labelling only; no action for devices in use.
Orders by fax {org_fax}; customer service {org_phone} {ext}.
""",
    """DISCHARGE SUMMARY TEMPLATE (blank, {form_rev})
ADMITTING DX: ______   DISCHARGE DX: ______ (e.g. {icd} {icd_txt})
HOSPITAL COURSE: ______________________________
DISCHARGE MEDS: e.g. {drug} {dose} {sig}; {drug2} {dose2} {sig2}
FOLLOW-UP: with the PCP in 1-2 weeks; labs (BMP) in 7 days.
CONDITION: stable. DIET: cardiac, 2 g sodium. ACTIVITY: as tolerated.
""",
    """FAX LINE STATUS -- {org_imaging}
Line   Station ID         Number         Pages today   Errors
1      {station_id}       {org_fax}      {pages}{seq}  {refills}
2      {station_id2}      {org_fax2}     {qty}         0
Average transmission {duration} min at {speed}; resolution {res}.
Toner replaced {time}. Ticket {ticket} closed.
""",
    """DEATH CERTIFICATE WORKSHEET -- INSTRUCTIONS FOR CERTIFIERS     {form_no} {form_rev}
Part I: immediate cause on line a; underlying cause last (e.g. {icd_txt}).
Do not use mechanisms (cardiac arrest) as the only cause. Age in years; if under 1 year, months.
Manner: natural / accident / suicide / homicide / pending / undetermined.
Questions to the vital records office at {org_phone}; amendments fax {org_fax}.
""",
    """INSURANCE CARD SCANNING GUIDE (front desk)          {policy_no}
Scan front and back at {dpi}, color. Capture RxBIN ({rx_bin}), RxPCN ({rx_pcn}) and payer ID ({payer_id}).
Copays printed on the card (e.g. PCP {copay}, ER {copay2}) are informational only.
Station: {scanner}. Batch cover barcode {barcode}.
""",
    """GREEN-SCREEN LOGIN BANNER
*** AUTHORIZED USERS ONLY -- ACTIVITY IS LOGGED ***
SYSTEM: ADT/PMI REL 7.{refills}   NODE {station_id}   TIME {time}
F1=HELP  F3=EXIT  F12=CANCEL
LAST BATCH JOB {job_no} COMPLETED RC=0 -- CHARGES POSTED {money} -- REV CODE {rev_code}
""",
    """REFERRAL PACKET CHECKLIST -- {dept}         {form_no} {form_rev}
[X] last two office notes   [X] labs within 90 days (A1c, CMP, TSH)   [ ] imaging CD
[X] insurance card copy     [ ] prior auth (if {ins_type})
Common reasons for return: missing signature page, pages out of order, fax quality < {dpi}.
Send to {org_clinic} fax {org_fax}; scheduling {org_phone}.
""",
    """ID SCANNER MAINTENANCE LOG -- {scanner}
Calibrated {time}; glass cleaned; firmware v{refills}.{qty}.
Test card read: PASS ({conf}). Barcode PDF417 decode: PASS. Magstripe: not used.
Logged by the {role}. Ticket {ticket}.
""",
    """E-SIGNATURE PLATFORM -- MONTHLY USAGE REPORT
Envelopes sent: {pages}{seq}   completed: {qty}   declined: {refills}
Median time to sign: {duration} h. Kiosk devices: {scanner}.
Templates in use: {form_no} ({form_rev}), HIPAA authorization, financial policy ({policy_no}).
""",
    """LAB REQUISITION -- CODING TIPS
Link every test to a diagnosis: {icd} ({icd_txt}), {icd2} ({icd2_txt}).
Screening vs diagnostic: use Z codes for screening. LOINC {loinc} = {loinc_txt}.
HCPCS {hcpcs}; CPT {cpt} {cpt_txt}. ABN required when frequency limits apply (e.g. A1c more often than every 90 days).
""",
    """MICROFILM CONVERSION PROJECT -- STATUS
Reels converted: {qty} of 400 ({year2} to {year}). Average {pages} frames per chart.
Vendor: {org_imaging}. Output {dpi} TIFF, OCR text layer; typewritten ALL CAPS summaries read at {conf}.
Known issue: carbon-copy discharge summaries from the {year2}s have faded serials; manual QA.
""",
    """PHARMACY -- FAX REFILL POLICY FOR PRESCRIBERS         {policy_no}
Refill requests are faxed from {org_pharm} ({org_fax}) once; no repeat requests within 48 h.
Controlled substances (C-II) cannot be authorized by fax; send e-Rx. Example: {drug2} {dose2} {sig2}.
Questions: {org_phone}. NCPDP {ncpdp}.
""",
    """OUTSIDE RECORDS RECEIPT -- MONTHLY VOLUME
Source            Pages    Via      Avg turnaround
{org_clinic}      {pages}{seq}   fax      {turnaround}
{org_lab}         {qty}     eFax     2 days
{org_payer}       {refills}{seq}   mail     {turnaround}
Index errors: {refills} (wrong-patient 0). Policy {policy_no}.
""",
)
