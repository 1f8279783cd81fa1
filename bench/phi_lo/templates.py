"""Document styles for set O: coverage and benefits paperwork as members, beneficiaries and claimants see it.

``TEMPLATES`` maps a note type to its templates; ``NEGATIVE_TEMPLATES`` use look-alike keys only.
Keys are filled from ``values.identifiers`` (typed, gold) and ``values.lookalikes`` (untyped).
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 -------------------------------------------------------------------------------------------------
    "so_eob_letter": (
        """{plan}
{po_box} | {org_city}, {state2} {org_zip}
Customer Service {cs_phone}  {tty}

THIS IS NOT A BILL
EXPLANATION OF BENEFITS                                   Statement date: {ndate}

{pt_caps}
{street_caps} {unit}
{city_caps} {state} {zip}

Member: {pt}            Member ID: {member_id}        Group #: {group_no}
Subscriber: {sub}       Claim #: {claim_no}           Patient acct: {acct}
Provider: {dr}, MD (NPI {npi})  at {facility}

Date(s) of svc   Service / code            Billed      Plan discount   Allowed     Deductible   Coins.     Plan paid   You owe
{dos_n}       {tos} {cpt}{mod}      {billed}     {discount}        {allowed}    {ded_amt}        {coins_amt}     {paid}     {owe}

Remark {carc}: {carc_desc}.  {rarc}
Year-to-date: deductible met {ded_met} of {deductible}; out-of-pocket {oop_met} of {oop_max}.
Diagnosis on claim: {icd} ({icd_desc}).
You have {days} days from the date of this notice to ask for an appeal. Payer ID {payer_id}, NAIC {naic}.
View online: {url}
""",
        """EOB - {plan} - page {pg}
Patient name . . . . : {pt_lf}          DOB {dob}
ID No. . . . . . . . : {member_id}      Grp {group_no}
Claim number . . . . : {claim_no}       Rec'd {prior}   Processed {ndate}
Rendering provider . : {dr_lf} / {facility}

SVC DATE   CODE   DESCRIPTION                      CHARGES     ALLOWED     PAID      PT RESP  RMK
{dos_n} {cpt}  {cpt_desc}  {billed_raw}   {allowed_raw}   {paid_raw}   {owe_raw}  {carc}
{dos2_n} {cpt1}  {cpt1_desc}  0.00        0.00        0.00       0.00     {carc1}

{carc}  {carc_desc}
{carc1}  {carc1_desc}
Questions? Call {cs_phone} ({tty}), 8 a.m.-8 p.m. local time. Mail: {po_box}, {org_city}, {state2} {org_zip}.
Your coinsurance is {coins_pct} after the {deductible} deductible. Plan year {plan_year}.
""",
        """Dear {pt_first},

Here's a summary of claim {claim_no} for the visit with {dr} on {dos_l}. {plan} received the
claim on {prior_l} and processed it on {ndate_l}.

  Amount billed by provider ........ {billed}
  Network savings .................. {discount}
  Applied to your deductible ....... {ded_amt}
  Coinsurance ({coins_pct}) ............... {coins_amt}
  We paid {facility} ...... {paid}
  What you may owe ................. {owe}

Member ID {member_id} · Group {group_no} · Subscriber {sub}
Remark {carc} ({carc_desc}); claim status {status}.
If you think we made a mistake, call {cs_phone} or write to Appeals, {po_box}, {org_city}, {state2} {org_zip}.
Sign in at {url} to see all of your claims.
""",
    ),
    # 2 -------------------------------------------------------------------------------------------------
    "so_eob_appeal_letter": (
        """{pt_full}
{street}, {unit}
{city}, {state} {zip}
{phone} | {email}

{ndate_l}

{plan}
Attn: Member Appeals
{po_box}
{org_city}, {state2} {org_zip}

RE: Level 1 appeal of denied claim
Member: {pt_full}   ID: {member_id}   Group: {group_no}
Claim number: {claim_no}   Date of service: {dos}
Provider: {dr}, {facility}

To whom it may concern,

I am writing to appeal your denial of the above claim, shown on my explanation of benefits dated
{prior} with remark code {carc} ("{carc_desc}"). Dr. {dr_last} ordered the {cpt_desc} ({cpt}) for my
{icd_desc} ({icd}) after {visits} visits of physical therapy and {drug} did not help.
Your reference on the phone was {ref_no} (I spoke to {csr} at {time}).

I have enclosed the letter of medical necessity from Dr. {dr_last} (NPI {npi}), my records
(MRN {mrn}) and a copy of the EOB. Please reconsider. Billed amount was {billed}; I was told I owe {owe}.

Sincerely,
{pt_first} {pt_last}
""",
        """appeal - claim {claim_no}
From: {pt} <{email}>
Sent: {ndate} {time}
To: appeals team, {plan}

hi, my name is {pt_first} and my son {kid} (dob {kid_dob}, member id {member_id}) had an er visit at
{facility} on {dos_md}. you denied it as "{carc_desc}" ({carc}) but he was having an asthma attack,
sats were 88% on room air. the er doc was dr {dr_last}. the policy holder is my husband {sub}, group
{group_no}. please call me at {phone} or my work {phone2}. I already paid the {copay} copay.
case # from last call: {case_no}
thank you
{pt_first}
""",
    ),
    # 3 -------------------------------------------------------------------------------------------------
    "so_cob_questionnaire": (
        """{plan} — COORDINATION OF BENEFITS QUESTIONNAIRE {rev}
Please complete within {days} days or claims may be denied ({carc}: {carc_desc}).

1. Member name: {pt_lf}                   Date of birth: {dob_n}
   Member ID: {member_id}                  Group No.: {group_no}
2. Home address: {street}  {unit}  {city}  {state}  {zip}
   Phone: {phone}          Email: {email}
3. Are you or any family member covered by another health plan?  [X] Yes  [ ] No
   Other insurance company: {plan2}        Payer ID {payer_id2}
   Policyholder name: {sub}                Policyholder DOB: {sub_dob_n}
   Policyholder SSN: {sub_ssn}             Relationship to patient: spouse
   Other plan member ID: {member_id2}      Other plan group #: {group_no2}
   Employer providing coverage: {employer}   Employer FEIN {fein}
   Coverage effective: {eff_n}             Terminated: ____
4. Is the patient enrolled in Medicare?  [X] Yes, MBI {mbi}   Part A eff. {eff_n}
5. Is any claim the result of an accident?  [ ] Yes  [X] No
Signature: {pt}                            Date: {sig_n}
""",
        """COB UPDATE (phone) — documented by {csr}, Member Services, {time24}
Caller {pt} (self) verified w/ DOB {dob} + ZIP {zip5}. Member # {member_id}.
States dependent {kid_first} is also covered under ex-spouse {rel}'s plan through {employer} ({plan2},
ID {member_id2}, grp {group_no2}). Birthday rule: {rel_first}'s birthday is earlier in the year -> other plan primary for {kid_first}.
Custody decree on file? Caller will fax to {plan_fax}. Caller's fax: {fax}.
Updated COB segment; reprocessing claim {claim_no} (orig. {carc} {carc_desc}). Ref {ref_no}.
""",
        """Other Insurance Information / Información de otro seguro
Nombre del paciente / Patient: {pt}        Fecha de nacimiento: {dob_es}
Número de miembro / Member no.: {member_id}
Otro seguro / Other coverage: {plan2}
Titular / Policyholder: {sub_caps}   DOB {sub_dob}   ID {member_id2}
Grupo / Group: {group_no2}   Empleador / Employer: {employer}
Medicare: [ ] No  [X] Sí — {mbi_d}
Medicaid: {medicaid_id}
Dirección / Address: {street}, {city} {zip}   Tel: {phone}
Firma / Signature: {pt_first} {pt_last}   Fecha: {sig}
""",
    ),
    # 4 -------------------------------------------------------------------------------------------------
    "so_accident_subrogation_form": (
        """ACCIDENT / INJURY QUESTIONNAIRE — Recovery Services ({tpa} for {plan})
Our records show claims with diagnosis {icd} ({icd_desc}) that may be related to an injury.
Federal and plan rules let us recover costs from a liable third party.

Patient: {pt_full}      Member ID: {member_id}   Claim(s): {claim_no}, {claim_no2}
Date of injury: {acc}   Time: {time}   Location: {acc_addr}, {acc_city}
How did the injury happen? Rear-ended at a light, taken by ambulance ({cpt} {cpt_desc}) to {facility}.
Was a police report filed? Yes — report no. {police_no}
Your vehicle: VIN {vin}   Plate {plate} ({state})
Other driver: {rel2}   Plate {plate2}   Insurer: {auto_ins}   Claim # {auto_claim}
Your auto insurer: {auto_ins}   Policy # {auto_policy}   Med-pay limit $5,000
Attorney: {atty}, Bar # {bar_no}   Phone {phone2}   Fax {fax2}   {email2}
Signed: {pt}   Date: {sig}
""",
        """Subrogation intake - call note {ndate_iso} {time24}
Mbr {pt_caps} / ID {member_id} / DOB {dob_iso}
MVA {acc_md}; mbr was passenger in {rel}'s vehicle ({vin}, lic plate {plate}). Driver at fault per
{acc_city} PD report {police_no}. ER at {facility}, f/u ortho {dr} ({icd} {icd_desc}). Paid to date {paid}.
Third-party carrier {auto_ins}, adjuster {agent}, TP claim {auto_claim}.
Member represented by {atty} ({email2}); lien letter sent to atty fax {fax2}. Our case {case_no}.
""",
        """WORK OR ACCIDENT RELATED? — please answer for claim {claim_no}
Name: {pt}     ID#: {member_id}
Injury date: {acc_n}
[X] Auto accident  [ ] Work injury  [ ] Slip/fall  [ ] Other
Where: {acc_addr}, {acc_city}, {county}
Vehicle plate: {plate}     Driver's license #: {dl}
Workers' comp carrier: N/A      Employer: {employer}
Describe: bike vs car, helmet on; ED dx {icd_desc}; CT head ({cpt1}) neg.
Signature ____ {pt_init} ____  Date {sig}
""",
    ),
    # 5 -------------------------------------------------------------------------------------------------
    "so_member_id_card_scan": (
        """[OCR — card front, scanned at registration {ndate} {time}]
{plan}
Mernber: {pt_ocr}
Mem6er lD: {member_id_ocr}
Gr0up No: {group_no}
RxBIN {bin}   RxPCN {pcn}   RxGRP {rxgrp}
PCP: DR {dr_caps}   PCP Ph {dr_phone}
Copays: PCP {copay} / Spec $60 / ER $350 / UC $75
Effective {eff_n}
[card back] Members call {cs_phone} | {tty} | Providers: submit claims to {po_box}, {org_city} {state2} {org_zip}; Payer ID {payer_id}
scan file: {photo} (card front with member photo)
""",
        """Insurance card capture — front desk, {facility}
Patient {pt_lf}  DOB {dob_old}  Age {age90}  MRN {mrn}
Primary: {plan}    Member ID {member_id}    Group {group_no}    Subscriber {sub_lf} (spouse), DOB {sub_dob}
Secondary: Medicaid {medicaid_id}
Pharmacy: BIN {bin} PCN {pcn} Group {rxgrp}
Images: front {photo} ; back attached.  Photo ID: state DL {dl} (exp {exp})
Captured by {nurse_first} at {time}
""",
        """VETERAN HEALTH IDENTIFICATION CARD (VHIC) — copy for community provider
{pt_caps}
Member ID: {member_id}      Plan ID: VA-CC
Photo on card: {photo}
Emergency: call {cs_phone} within 72 hours of ER care.
Veteran DOB {dob}, address on file {street}, {city}, {state} {zip}
Community care authorization {auth_no}, scanned by {nurse} on {ndate}.
""",
    ),
    # 6 -------------------------------------------------------------------------------------------------
    "so_marketplace_application_summary": (
        """Health Insurance Marketplace® — Eligibility Results
Application ID: {app_id}           Notice date: {ndate_l}
Primary contact: {pt_full}
Home address: {street} {unit}, {city}, {state} {zip}  ({county})
Phone: {phone}      Email: {email}

Who's applying       DOB           SSN            Result
{pt}          {dob_n}    {ssn}    Qualified for Marketplace plan with APTC
{kid}         {kid_dob_n}    ---            Eligible for CHIP — sent to state agency
{sub}         {sub_dob_n}    {sub_ssn}    Qualified; offer of employer coverage from {employer} not affordable

Household size {hh}; projected {tax_year} income {income_yr} ({fpl} FPL). Max advance credit {aptc}/mo.
You must choose a plan within 60 days of the {sep}. Identity verified by document upload
({photo}) from IP {ip}. Assister: {agent}.
""",
        """Marketplace call summary — navigator {agent}
Consumer {pt} (DOB {dob}) lives at {street}, {city} {zip}. App {app_id}, submitted {ndate_md} from {ip}.
Photo ID upload {photo} accepted. Data matching issue: income — needs pay stubs from {employer} or letter. Deadline {due}.
Selected {plan}, premium {premium} minus {aptc} APTC. Exchange subscriber ID {member_id}; policy effective {eff}.
Sent upload link ({url}) to {email}; reminder text to {phone}. Consumer asked about {form}.
""",
    ),
    # 7 -------------------------------------------------------------------------------------------------
    "so_medicaid_renewal_notice": (
        """STATE DEPARTMENT OF HUMAN SERVICES — MEDICAID/CHIP RENEWAL
Notice date: {ndate}                    Case number: {med_case}
{pt_caps}
{street_caps}, {unit}
{city_caps}, {state} {zip}

It's time to renew your health coverage. Return this form by {due_l} or coverage for the people below
may end.
Name                        Medicaid ID       Program
{pt}                {medicaid_id}     Adult Group ({fpl} FPL)
{kid}                {member_id}     CHIP — premium {copay}/mo

Income we have on file: {income}/month from {employer}; household of {hh}.
Questions: {cs_phone} ({tty}). Your caseworker is {nurse}, {county} office, fax {fax}.
Renew online at {url}
""",
        """AVISO DE RENOVACIÓN DE MEDICAID
Fecha: {ndate_es}                Número de caso: {med_case}
Para: {pt_caps}, {street}, {city} {zip}

Debe renovar su cobertura antes del {due_es}. Si no responde, su cobertura podría terminar.
Miembro: {pt}    Número de Medicaid: {medicaid_id}    Fecha de nacimiento: {dob_es}
Miembro: {kid}   CHIP: {member_id}    Fecha de nacimiento: {kid_dob_es}
Ingresos mensuales: {income}; límite {pct_fpl_lim}. Tamaño del hogar: {hh}.
Llame al {cs_phone} ({tty}). Trabajador(a) de casos: {nurse}, oficina de {county}.
""",
        """MEDICAID RENEWAL — pre-populated (ex parte) — review and sign
Case {med_case}   Head of household {pt_lf}   Mailing address {street}, {city}, {state} {zip}
 PERSON               DOB          MEDICAID #       CITIZENSHIP  INCOME SOURCE
 {pt_caps}    {dob_n}   {medicaid_id}   verified     wages {income}
 {rel}        {sub_dob_n}   ---              verified     SSI
We could not verify: {pt_first}'s wages. Send a pay stub by {due}.
Phone on file {phone}. If your phone is wrong call {cs_phone}.
Signature ________________  Date ________
""",
    ),
    # 8 -------------------------------------------------------------------------------------------------
    "so_msp_application": (
        """APPLICATION FOR MEDICARE SAVINGS PROGRAM (QMB / SLMB / QI)
1. Name: {pt_full}                       2. Date of birth: {dob_old}  (age {age90})
3. Medicare number (MBI): {mbi}          4. SSN: {ssn}
5. Address: {street}, {unit}, {city}, {state} {zip}     County: {county}
6. Phone: {phone}
7. Monthly income: Social Security {income}; pension $412.00; VA $0
8. Resources: checking ({bank}) balance under {asset_lim}; burial fund $1,500
9. Person helping you: {rel} (daughter), phone {phone2}, email {email}
I certify the above is true.  Signature: {pt_init}   Date: {sig_n}
For agency use: Case # {med_case}   Program: SLMB   Eff {eff_n}   Worker {nurse}
""",
        """Phone intake — Medicare Savings Program, {time}
Spoke with {rel}, caller on behalf of mother {pt} ({age90_w} years old), living at {street}, {city}.
MBI {mbi_d}; DOB {dob_old}. Part B premium {partb_std} now deducted from SS check of {ssdi_amt}.
Limited income; resource limit {asset_lim}. Mailed application to {street}, {zip}; asked caller to include
Medicare card copy and bank statements. Case {med_case}. Callback {phone2}.
""",
    ),
    # 9 -------------------------------------------------------------------------------------------------
    "so_medicare_enrollment_letter": (
        """Your Medicare Benefits                                          {ndate_l}
{pt_caps}
{street_caps} {unit}
{city_caps} {state} {zip}

Welcome to Medicare. Your Medicare Number is {mbi}. Your coverage:
  Hospital Insurance (Part A) ..... effective {eff_l}
  Medical Insurance (Part B) ...... effective {eff_l}
Your Part B premium is {partb_std} a month. Keep the enclosed card safe.
BNC#: {bnc}
If you have questions call 1-800-MEDICARE; TTY 1-877-486-2048.
""",
        """Medicare Advantage enrollment confirmation — {plan}
Dear {pt_first} {pt_last},
We received your enrollment request on {rdate}. Your coverage starts {eff}.
Member ID: {member_id}  |  Medicare #: {mbi_d}  |  Date of birth: {dob}
Primary care provider: Dr. {dr} (NPI {npi}), {facility}, phone {dr_phone}
Sales agent of record: {agent}   SEP used: {sep}
Your plan's {form} {rev} is enclosed. Call {cs_phone}, {tty}.
""",
        """CMS-40B Application for Enrollment in Medicare Part B — completed copy
1. Name: {pt_lf}     2. Medicare number: {mbi_d}     3. SSN: {ssn_d}
4. Do you want Part B? Yes, starting {eff_n}
Employment information (CMS-L564): employer {employer}, group health plan {plan}, policy number {group_no},
coverage from {hire_n} to {term_n}. Signed by employer rep {hr} ({email_hr}) on {sig_n}.
Applicant phone {phone}. Address {street}, {city}, {state} {zip}.
""",
    ),
    # 10 ------------------------------------------------------------------------------------------------
    "so_irmaa_notice": (
        """SOCIAL SECURITY ADMINISTRATION
Notice of Medicare Premium Payment Adjustment (IRMAA)                         Date: {ndate}
{pt_caps}, {street}, {city}, {state} {zip}
Claim Number: {ssn_d}      Medicare number {mbi}   BNC# {bnc}

Based on your {tax_year} tax return, your modified adjusted gross income was {magi}. Starting {eff_l} you
will pay {irmaa_b} a month in addition to the standard Part B premium ({partb_std}) and {irmaa_d} for Part D.
If your income went down because of a life-changing event, complete {form} {rev}.
""",
        """SSA-44 — Medicare Income-Related Monthly Adjustment Amount - Life-Changing Event
Name: {pt}      SSN: {ssn}    MBI: {mbi_d}
Life-changing event: work stoppage   Date of event: {term}
Employer: {employer} (retired)  Spouse: {sub}, SSN {sub_ssn}
Tax year {tax_year} MAGI {magi}; estimated {year} MAGI $96,000.
Phone {phone}. Signed {sig}. Representative payee: none. Age at signing: {age90}
""",
    ),
    # 11 ------------------------------------------------------------------------------------------------
    "so_cobra_election_notice": (
        """COBRA CONTINUATION COVERAGE ELECTION NOTICE
Plan: {plan}   Plan administrator: {tpa}, {po_box}, {org_city}, {state2} {org_zip}, {cs_phone}
Date of notice: {ndate}

To: {sub_caps} and family
    {street}, {unit}
    {city}, {state} {zip}

Qualifying event: termination of employment at {employer} on {term}. Coverage under the plan ended {term_l}.
Qualified beneficiaries       DOB           Coverage
{sub}                {sub_dob_n}    Medical/Dental
{pt}                 {dob_n}    Medical/Dental
{kid}                {kid_dob_n}    Medical/Dental/Vision
Employee ID {emp_id}   Group {group_no}   Subscriber ID {sub_id}
Monthly premium (102%): {cobra_prem}. Election deadline: {due_l}. First payment due 45 days after election.
""",
        """cobra election form — return to {tpa}
participant: {sub_lf}   ssn {ssn_mask}   employee # {emp_id}
i elect cobra for: [x] myself  [x] spouse {pt}  [ ] children
coverage: medical {plan}; dental declined
address change: {street2}, {city2} {zip2}    cell {phone}    email {email}
signature: {sub}   date signed: {sig_n}
premium check #4471 for {cobra_prem} payable to {tpa}; account {inv_acct}
""",
    ),
    # 12 ------------------------------------------------------------------------------------------------
    "so_hsa_fsa_claim_form": (
        """{hsa_custodian} — HSA/FSA Reimbursement Request {rev}
Account holder: {pt_full}     Employee ID: {emp_id}     Employer: {employer}
HSA account #: {hsa_acct}     SSN (last 4): {ssn_mask}
Address: {street}, {city}, {state} {zip}      Phone: {phone}

Line  Patient        Date of service   Provider / merchant        Description           Amount
1     {pt_first}     {dos_n}        {facility}    {tos}                 {owe}
2     {kid_first}     {dos2_n}        Dr. {dr_last}              orthodontia installment  $185.00
3     {pt_first}     {dos2_n}        pharmacy (Rx {rx_no})      {drug}          {copay}
Reimburse by direct deposit: {bank}, routing {routing}, account {bank_acct}
I certify these expenses were not reimbursed elsewhere ({form}). Signature {pt} Date {sig}
""",
        """FSA claim substantiation request
Participant {pt} | Account {hsa_acct} | Plan year {plan_year}
Your card swipe of {owe} at {facility} on {dos} needs documentation (itemized receipt or EOB showing
date, patient, service). Upload at {url} or fax to {plan_fax}.
Uploaded {rdate} from {ip}: receipt_{hsa_acct}.pdf — claim {claim_no} EOB page 1.
Reviewer {csr}: approved {owe}; remaining balance {fsa_limit}.
""",
    ),
    # 13 ------------------------------------------------------------------------------------------------
    "so_fsa_receipt_ocr": (
        """{facility}
{fac_street}, {fac_city} {fac_zip}
PATIENT RECEIPT              Acct: {acct}
Patient: {pt_caps}     DOB: {dob}
Guarantor: {sub_caps}
Date: {dos_n}  {time}
CPT {cpt}  {cpt_desc} ........ {billed}
Ins adj ({plan}) ........ -{discount}
Ins paid ........ -{paid}
Pt paid (VISA ***4417) ........ {owe}
Provider: {dr_lf}, NPI {npi}
Facility NPI {fac_npi}  Tax ID {fein}
""",
        """RX RECEIPT - FSA ELIGIBLE
Store pharmacy NCPDP {ncpdp}
{pt_caps}
{street_caps}
Rx#: {rx_no}   Filled: {dos_n}   Qty {qty}
{drug}   NDC {ndc}
Prescriber: {dr_caps}  DEA {dea}
Ins: BIN {bin} PCN {pcn} Grp {rxgrp} ID {member_id}
Retail {billed}  Ins pd {paid}  Copay {copay}
Thank you {pt_first}! Questions: {dr_phone}
""",
    ),
    # 14 ------------------------------------------------------------------------------------------------
    "so_std_claim_form": (
        """{carrier} — Short-Term Disability Claim: Employee Statement
Claim number: {dis_claim}        Group policy: {policy_no}
Employee name: {pt_full}           SSN: {ssn}         Date of birth: {dob}
Home address: {street} {unit}, {city}, {state} {zip}
Phone: {phone}   Personal email: {email}
Employer: {employer}   Employee ID: {emp_id}   Date of hire: {hire}   Supervisor: {hr}
Last day worked: {term}   First day absent: {adm}   Expected return: {rtw}
Nature of disability: {icd_desc} — treatment ({cpt} {cpt_desc}) at {facility} on {dos}
Treating physician: {dr}, phone {dr_phone}, fax {fax}
Weekly benefit {pct_ben} of pre-disability earnings (max {weekly_ben}); elimination period {elim} days.
Direct deposit: routing {routing} account {bank_acct}
Signature {pt}   {sig}
""",
        """STD intake call — {carrier}, {ndate} {time}
Claimant {pt_lf}, emp# {emp_id}, {employer}. Calling from {phone}. Verified with last 4 SSN + DOB {dob}.
LDW {term_md}; hospitalized {adm_md} to {dis_md} at {facility} ({drg}). Dr {dr_last} to complete APS — fax {fax}.
New claim {dis_claim} set up under policy {policy_no}; letter to {email}. Voice verification enrolled ({voice_id}).
""",
    ),
    # 15 ------------------------------------------------------------------------------------------------
    "so_attending_physician_statement": (
        """ATTENDING PHYSICIAN STATEMENT — LONG-TERM DISABILITY
Return to {carrier}, fax {plan_fax}.  Claim #: {dis_claim}
Patient name: {pt_lf}   DOB: {dob_n}   MRN: {mrn}
Diagnosis: primary {icd} {icd_desc}; secondary {icd1} {icd1_desc}
Date symptoms first appeared: {onset_n}   Date first treated: {dos_n}
Hospitalized? Yes, {facility}, from {adm_n} to {dis_n}
Restrictions: no lifting > {weight}; sit {hours} hrs/day max; no driving on {drug}.
Objective findings: BP {bp}, HR {pulse}, BMI {bmi}, PHQ-9 {phq}, GAF {gaf}; MRI ({cpt}) abnormal.
Physician: {dr_full}, MD   NPI: {npi}   State license #: {dr_lic}
Office: {fac_street}, {fac_city} {fac_zip}   Phone: {dr_phone}   Fax: {fax}
Signature: {dr}   Date: {sig_n}
""",
        """APS — FUNCTIONAL CAPACITY (page {pg})
Pt: {pt_caps}  (DOB {dob})  Policy {policy_no}  Clm {dis_claim}
Seen by me on {dos}, {dos2}. Dx {eponym}; {icd}. Progression since {onset}.
Can work: [ ] full time [X] part time, {hours_wk} hours/week, from {rtw}.
Seated tolerance 30 min; standing 10 min; no ladders. Meds: {drug}, {drug1}.
Physician: Dr. {dr_last}, lic {dr_lic}, NPI {npi}; co-signed {dr2}, NPI {npi2}.
Tel {dr_phone} | Fax {fax} | records via {email2}
""",
    ),
    # 16 ------------------------------------------------------------------------------------------------
    "so_ssdi_function_report": (
        """FUNCTION REPORT - ADULT - THIRD PARTY ({form})
SECTION A - INFORMATION ABOUT THE DISABLED PERSON
Name of disabled person: {pt_full}            Social Security Number: {ssn_d}
Your name (person completing this form): {rel}
Relationship: sister      Years known: 30
Your address: {street2}, {city2}, {state} {zip2}     Daytime phone: {phone2}
SECTION B - INFORMATION ABOUT DAILY ACTIVITIES
1. Where does the disabled person live? [X] House   with husband {sub_first}
2. Describe what the disabled person does from the time they wake up: {pt_first} wakes around {time},
   takes {drug}, sits in the recliner most of the day. Can't stand more than 10 min because of {icd_desc}.
3. Does the person take care of anyone else? No. Who helps? Me and her neighbor {rel2}. Church set up a page: {url2}
...
Signature: {rel}   Date: {sig_n}
""",
        """SSDI APPLICATION — summary of disability interview (field office {ndate})
Claimant {pt_lf}, SSN {ssn}, DOB {dob}. Alleged onset {onset}. Last worked {term} at {employer} as forklift operator.
Medical sources: {dr} ({facility}, {dr_phone}), records release {form1} signed.
Claimant's ID verified via state driver's license {dl}; photo on file {photo}. Right index fingerprint captured for
identity proofing, template {fp_id}.
Mailing address: {street}, {unit}, {city}, {state} {zip}. Contact phone {phone}.
Direct deposit to {bank}, acct {bank_acct}. Claim will be sent to DDS; expect decision in 6-8 months.
""",
    ),
    # 17 ------------------------------------------------------------------------------------------------
    "so_ssi_application_summary": (
        """SSI CLAIM — APPLICATION SUMMARY FOR SUPPLEMENTAL SECURITY INCOME
Claimant: {pt_caps}        SSN: {ssn}
Date of birth: {dob_l}     Sex: M     Interpreter: none
Living arrangement: lives in the household of {rel} at {street}, {city}, {state} {zip}, pays $300 rent.
Resources: checking account {bank_acct} at {bank}, balance under {asset_lim}.
Income: none; received {income} one-time from {employer} in {year}.
Medicaid number (if any): {medicaid_id}.
Representative payee requested: {rel}, phone {phone2}.
Photo captured for ID ({photo}); fingerprint template {fp_id}; interviewer {csr}.
Protective filing date {rdate_l}. You may appeal any decision within 60 days.
""",
        """SSI redetermination — phone interview {ndate_iso}
Recipient {pt} ({ssn_mask}). Confirms address {street}, {zip}. Now age {age90}, in assisted living at
{facility} since {adm}. Payee {rel} ({email}). Facility pays? no. Medicaid {medicaid_id} active.
Voice authentication passed — voiceprint {voice_id}. Next redetermination {year}.
""",
    ),
    # 18 ------------------------------------------------------------------------------------------------
    "so_va_community_care_auth": (
        """DEPARTMENT OF VETERANS AFFAIRS — COMMUNITY CARE REFERRAL / AUTHORIZATION
Referral #: {auth_no}     SEOC: Orthopedics 1.4.12     Authorized visits: {visits}
Veteran: {pt_lf}      Last 4: {ssn_mask}    DOB: {dob_n}    VA file no. {va_file}
Address: {street}, {city}, {state} {zip}     Phone: {phone}
VA MRN {mrn}    Referring VA provider: {dr2}    Community provider: {dr}, NPI {npi}, {facility}
Services: {cpt} {cpt_desc}; {cpt1} {cpt1_desc}. Dx {icd} {icd_desc}.
Valid from {eff_n} for {days} days. Send records to VA fax {fax} within 14 days of the visit. Community Care
Network claims: TPA payer ID {payer_id}, {po_box}.
Scheduler: {nurse}, {dr_phone}.
""",
        """Veteran called community care line {ndate} {time}: {pt} ({member_id}), VA file {va_file}.
Wants to use urgent care in {city2}; eligible under 30-min drive standard. Referral {auth_no} extended to {due}.
Confirmed mailing address {street} {unit}, {city} {zip} and email {email}. Hearing aids from {facility}
(serial {dev_serial}, {device}) — batteries reorder. Caller verified by voiceprint ({voice_id}); VHIC photo on file {photo}.
""",
    ),
    # 19 ------------------------------------------------------------------------------------------------
    "so_va_travel_claim": (
        """VA BENEFICIARY TRAVEL CLAIM ({form} {rev})
Veteran name: {pt_full}     Claim number: {claim_no}
SSN or VA file number: {ssn}
Address: {street}, {city}, {state} {zip}
Appointment: {dos} at {facility}   Return: same day
Mode: privately owned vehicle, plate {plate}, VIN {vin}
Mileage {mileage} miles round trip @ {mile_rate}/mile; tolls $4.50; parking $0
Deductible: $3 each way. Submitted online from {ip} via {url}.
Signature: {pt}   Date: {sig}
""",
        """BTSSS travel claim audit — claim {claim_no}
veteran {pt_caps} | mbr id {member_id} | file {va_file}
trip {dos_iso} home ({street}, {city}) -> {facility}
vehicle plate {plate} / driver {rel} (caregiver, PCAFC)
session ip {ip}; device {ip2}; attested {sig_iso} {time24}
approved {mileage} mi x {mile_rate}; paid to acct ending in {bank_acct}
""",
    ),
    # 20 ------------------------------------------------------------------------------------------------
    "so_patient_assistance_enrollment": (
        """{manuf} PATIENT ASSISTANCE FOUNDATION — Enrollment Form
PATIENT INFORMATION
Name: {pt_full}     DOB: {dob_n}     Sex: F
Address: {street}, {unit}, {city}, {state} {zip}     Phone: {phone}     Email: {email}
Household size: {hh}    Annual household income: {income_yr} ({fpl} of FPL)
Insurance: {plan}, member ID {member_id}, BIN {bin}, PCN {pcn}, Part D? [ ] Medicaid? [ ] Uninsured [ ]
PRESCRIBER INFORMATION
Prescriber: {dr_full}   NPI: {npi}   DEA: {dea}   State lic: {dr_lic}
Practice: {facility}, {fac_street}, {fac_city} {fac_zip}   Phone {dr_phone}   Fax {fax}
Rx: {drug}, qty {qty}, refills 11. Dx {icd} {icd_desc}.
Patient signature {pt}   {sig}     Prescriber signature {dr}   {sig}
""",
        """PAP status — {manuf}
Enrollment {pap_id} for {pt} (DOB {dob}) APPROVED for {plan_year}. Ships {drug} to {street}, {city} {zip}.
Income docs: {form} ({tax_year}). Prescriber {dr}, fax {fax}. Re-enroll by {due}.
Questions call {cs_phone}; your case manager is {nurse}.
""",
    ),
    # 21 ------------------------------------------------------------------------------------------------
    "so_copay_card_activation": (
        """{drug} Savings Card — activation confirmation
Cardholder: {pt}    Card ID: {copay_id}
RxBIN {bin} · RxPCN {pcn} · RxGroup {rxgrp}
Activated {ndate} from {ip} by {email}. Pay as little as $0 per month; annual max $16,000.
Primary insurance: {plan}, ID {member_id}. Not valid with Medicare, Medicaid or other government plans.
Text STOP to end texts to {phone}.
""",
        """copay program call log {ndate_iso} {time}
patient {pt_lf} dob {dob_iso} zip {zip5}; card {copay_id}; pharmacy claim rejected 76 (plan limitations) —
needs PA from {plan}; auth ref {auth_no} pending. Prescriber office {dr} {dr_phone}. Enrolled in bridge program
{pap_id}; 2 fills. accumulator adjustment program suspected (OOP {oop_met} of {oop_max}).
""",
    ),
    # 22 ------------------------------------------------------------------------------------------------
    "so_premium_invoice": (
        """{plan}                                                         PREMIUM INVOICE
Bill to: {sub_caps}
         {street}
         {city}, {state} {zip}
Account number: {inv_acct}     Invoice date: {ndate_n}     Due: {due_n}
Subscriber ID: {sub_id}        Coverage period: {eff_n} - {term_n}
 Description                          Amount
 Monthly premium ({plan_year})          {premium2}
 Advance premium tax credit          -{aptc}
 Amount due                           {premium}
Pay online, by phone at {cs_phone}, or mail to {po_box2}, {org_city}, {state2} {org_zip}.
Grace period: 3 months for members receiving APTC. NAIC {naic}.
- - - - - - - - - - detach and return - - - - - - - - - -
{sub}   Acct {inv_acct}   Amount enclosed $________
""",
        """PAYMENT COUPON   account={inv_acct}  member={sub_lf}  id={sub_id}
invoice_date={ndate_iso} due_date={due_iso} amount_due={premium}
autopay=N  email={email}  phone={phone}
remit to {plan}, {po_box2}
""",
    ),
    # 23 ------------------------------------------------------------------------------------------------
    "so_good_faith_estimate": (
        """GOOD FAITH ESTIMATE FOR HEALTH CARE ITEMS AND SERVICES
Patient: {pt_full}    DOB: {dob}    Patient ID/MRN: {mrn}
Patient mailing address: {street}, {city}, {state} {zip}
Phone: {phone}   Email: {email}      Contact preference: email
GFE #: {gfe_no}   Issued: {ndate}   Scheduled service date: {dos}
Convening provider: {facility} (NPI {fac_npi}, TIN {fein}) — contact {nurse}, {dr_phone}
Primary service: {cpt_desc} ({cpt}), dx {icd}
 Provider                 Service / code          Qty   Estimated cost
 {facility}   facility fee rev {rev_code}       1     {billed}
 {dr}, MD           surgeon {cpt}              1     {allowed}
 anesthesia group          {cpt1}                   {units}     {discount}
 Total estimated cost ........................................ {gfe_total}
If you are billed more than {threshold} above this estimate you can dispute the bill. Keep a copy.
""",
        """GFE request — self-pay patient (portal message {ndate})
From {pt} ({email}): I'm uninsured and scheduled for {cpt_desc} on {dos_md}. My MRN is {mrn}. Could you send a
good faith estimate? My address is {street} {unit}, {city} {zip}, and cell {phone}.
Reply by {nurse}: estimate {gfe_no} sent; total {gfe_total}; surgeon {dr}; facility {facility}.
""",
    ),
    # 24 ------------------------------------------------------------------------------------------------
    "so_nsa_dispute_form": (
        """PATIENT-PROVIDER DISPUTE RESOLUTION — initiation
Dispute number: {dispute_no}
Patient/initiator: {pt_full}   DOB {dob_n}
Address {street}, {unit}, {city}, {state} {zip}   Phone {phone}   Email {email}
Provider: {facility}, {fac_street}, {fac_city} {fac_zip}, billing acct {acct}, MRN {mrn}
Good faith estimate: {gfe_no} dated {ndate_n}, total {gfe_total}
Bill received {rdate_n}: {bill_total} — difference exceeds {threshold}.
Bill date of service {dos_n}. Administrative fee {fee} paid.
Submitted via {url} from {ip}.
""",
        """No Surprises Help Desk — complaint summary
Consumer {pt} ({phone}) reports balance bill of {bill_total} from out-of-network anesthesiologist Dr. {dr} for
{cpt} at in-network {facility} on {dos_l}. Plan: {plan}, member {member_id}, claim {claim_no}; EOB shows {carc}
{carc_desc}. Complaint {dispute_no} referred to state; consumer email {email}.
""",
    ),
    # 25 ------------------------------------------------------------------------------------------------
    "so_external_review_request": (
        """REQUEST FOR EXTERNAL REVIEW
To: {iro}   Fax: {plan_fax}
Claimant: {pt_full}      Date of birth: {dob}
Address: {street}, {city}, {state} {zip}      Phone: {phone}
Plan: {plan}    Member/subscriber ID: {member_id}    Group number: {group_no}
Final internal adverse benefit determination dated {ndate}, appeal case {case_no}, claim {claim_no}.
Service denied: {drug} ({tier}); plan policy {policy_proc} — "not medically necessary".
Authorized representative: {atty}, {email2}, fax {fax2}
Treating provider: {dr}, NPI {npi}, phone {dr_phone}
Supporting documents uploaded at {url}
Expedited review requested? [X] Yes — delay would seriously jeopardize health (A1c {a1c}, eGFR {egfr}).
Signed {pt}, {sig}
""",
        """IRO acknowledgment — case {iro_case}
{iro} received the request for external review for {pt_lf} (ID {member_id}) on {rdate}.
Reviewer assignment: board-certified in {eponym}. Decision within 45 days; expedited within 72 hours.
Send additional info by {due} to fax {plan_fax}. Representative {atty} notified at {email2}.
Plan case {case_no}; denied service {cpt} {cpt_desc}.
""",
    ),
    # 26 ------------------------------------------------------------------------------------------------
    "so_grievance_letter": (
        """{ndate_l}

Grievance Department, {plan}
{po_box}, {org_city}, {state2} {org_zip}

My name is {pt_full} and my member number is {member_id}. I want to file a formal grievance about how I was
treated when I called on {dos_l}. The representative ({csr}) hung up on me twice. I was trying to find out why
my CPAP ({device}, serial {dev_serial}) rental was stopped after month {units} — I meet the {pct_use} usage rule
({nights} of 30 nights, AHI {ahi}).
Also my address is wrong in your system. It should be {street}, {unit}, {city}, {state} {zip}.
Call me at {phone}. My daughter {rel} can also speak for me ({phone2}).

{pt}
""",
        """GRIEVANCE LOG ENTRY
Received: {rdate} {time}   Channel: phone   Case: {case_no}
Member: {pt_caps}   ID: {member_id}   Age: {age90}   DOB: {dob_old}
Category: access to care — transportation (NEMT) no-show for dialysis at {facility}.
Rep: {csr}; caller authenticated by voiceprint {voice_id}. Resolution due {due}.
Transport vendor van plate {plate}; driver {rel2}. Member's callback {phone}.
""",
    ),
    # 27 ------------------------------------------------------------------------------------------------
    "so_prior_auth_approval_letter": (
        """{plan}
{ndate_l}

{pt_full}
{street}
{city}, {state} {zip}

Re: Prior authorization APPROVED
Authorization number: {auth_no}
Member ID: {member_id}       Date of birth: {dob}
Requesting provider: {dr}, NPI {npi}      Your record # at provider: {mrn}
Service: {cpt} {cpt_desc} x {units} units at {facility}
Approved from {eff} through {due}. Diagnosis {icd}.
This approval is not a guarantee of payment. Benefits are subject to eligibility on the date of service,
your {deductible} deductible and {coins_pct} coinsurance. Questions: {cs_phone} ({tty}).
cc: {dr}, fax {fax}
""",
        """NOTICE OF DENIAL OF MEDICAL COVERAGE (INTEGRATED DENIAL NOTICE)
Name: {pt}      Member number: {member_id}      Age: {age90_w}
We have DENIED the request for {device} ({dev_code}) requested by {dr} on {rdate}.
Reason: your records don't show {policy_proc} criteria (HbA1c {a1c}; on insulin ≥ 3 injections/day).
Reference #: {auth_no}.  Reviewed by {dr2}, MD, medical director.
You have {days} days to ask for an appeal. Device on trial: serial {dev_serial}, UDI {udi}.
""",
    ),
    # 28 ------------------------------------------------------------------------------------------------
    "so_claim_status_portal_log": (
        """member_portal_audit.csv
timestamp,user,email,ip,action,object
{ndate_iso} {time24},{pt_lf},{email},{ip},LOGIN,mfa=sms
{ndate_iso} {time24},{pt_lf},{email},{ip},VIEW_CLAIM,{claim_no}
{ndate_iso} {time24},{pt_lf},{email},{ip},DOWNLOAD_EOB,{url}
{rdate_iso} {time24},{pt_lf},{email},{ip2},UPLOAD,{photo}
{rdate_iso} {time24},{pt_lf},{email},{ip2},UPDATE_PHONE,{phone}
""",
        """277CA-style claim status (member view)
Claim {claim_no}  Patient {pt}  Member {member_id}  DOS {dos_x}
STC*{status}*{ndate_x}**{billed_raw}  -> accepted for processing
Payer claim control # {claim_no2}; provider acct {acct}
Billing provider {facility}, payer ID {payer_id}
Status history: {status} on {ndate_md}; {carc} ({carc_desc}) on {rdate_md}.
""",
        """Chat transcript — Member Services
[{time}] Bot: Hi! To verify you, what's your date of birth?
[{time}] Member: {dob}
[{time}] Bot: Thanks {pt_first}. Please confirm your home ZIP code.
[{time}] Member: {zip5}. my member id is {member_id}
[{time}] Agent {csr}: I see claim {claim_no} from {facility} on {dos_md} is pending ({status}). We need COB info
from you. I've sent the form to {email}.
[{time}] Member: ok. also can you mail a new card to {street} {unit} {city} {zip}
Session IP {ip}
""",
    ),
    # 29 ------------------------------------------------------------------------------------------------
    "so_dme_coverage_request": (
        """DME COVERAGE REQUEST — {plan}
Beneficiary: {pt_lf}   MBI: {mbi}   DOB {dob_old} ({age90} y)   Supplier acct/MRN {mrn}
Item: {device} ({dev_code}{mod}), rental month {units} of 13
Serial number: {dev_serial}      UDI: {udi}
Compliance download {ndate}: used {pct_use} of nights ≥ 4 h; AHI {ahi}; {nights}/30 nights.
Ordering physician: {dr}, NPI {npi}; face-to-face {dos}. Supplier NPI {fac_npi}.
Delivery address: {street}, {unit}, {city} {zip}. Contact {rel}, {phone}.
""",
        """CGM / pump supplies — coverage check
Member {pt} | {member_id} | {plan}
Sensor {device}: transmitter SN {dev_serial2}; receiver {dev_serial}
Insulin pump warranty ends {term}; replacement requested ({cpt1}). Lot numbers of supply boxes ({lot}) are not tracked.
A1c {a1c}; {drug}. Prescriber {dr} (fax {fax}). PA ref {auth_no}.
""",
    ),
    # 30 ------------------------------------------------------------------------------------------------
    "so_member_voice_auth_log": (
        """IVR / VOICE BIOMETRICS AUDIT — member services
call_start={ndate_iso}T{time24}  ani={phone}  dnis={cs_phone}
claimed_member={member_id}  name={pt_caps}  dob={dob_iso}
voiceprint_enrolled={voice_id}  match_score=0.{score2}  result=PASS
re-enrollment template {voice_id} replaced prior print on {rdate_iso}
transferred to agent {csr}; topic=claim {claim_no} ({status})
""",
        """Authentication note — {plan} call center
Caller identified as {pt} (member {member_id}), calling from {phone}. Passive voice match to enrolled print {voice_id}
failed (noise); verified instead with DOB {dob} and address {street}, {zip}. Caller's spouse {sub} also on line,
subscriber ID {sub_id}. Updated email to {email}. Call duration {dur}. Ref {ref_no}.
""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """{plan} — Summary of Benefits and Coverage, plan year {plan_year}
What is the overall deductible? {deductible} individual. Out-of-pocket limit {oop_max}.
Primary care visit: {copay} copay; specialist {coins_pct} coinsurance after deductible.
Specialty drugs ({tier}): {coins_pct} up to $250 per fill. Customer service {cs_phone} ({tty}).
Payer ID {payer_id}; NAIC {naic}. {form} {rev}.
""",
    """EOB remark code reference
{carc}  {carc_desc}
{carc1}  {carc1_desc}
{carc2}  {carc2_desc}
RARC {rarc}, {rarc1}. Claim status {status}. Group codes: CO contractual, PR patient responsibility, OA other adjustment.
""",
    """How to read your explanation of benefits
The "amount billed" ({billed}) is what the provider charged. The plan discount ({discount}) is taken off for
in-network care. The "allowed amount" ({allowed}) is what the plan recognizes. Your share is the deductible
({ded_amt}) and coinsurance ({coins_amt}). The plan paid {paid}. Call {cs_phone} with questions.
""",
    """{year} IRMAA brackets (individual filers, based on {tax_year} MAGI)
MAGI up to $106,000 ............ Part B {partb_std}; Part D $0
$106,001 - $133,000 ............ Part B + $74.00; Part D + $13.70
above $500,000 ................. Part B + {irmaa_b}; Part D + {irmaa_d}
Request a new decision with {form} {rev} after a life-changing event.
""",
    """Medicare Savings Program limits ({year})
QMB income limit {pct_fpl_lim}/month individual; resources {asset_lim}. SLMB and QI have higher limits.
Part B premium {partb_std} paid by the state. Apply at the county office or call {cs_phone}.
""",
    """COBRA general notice (model)
If you lose group health coverage because of a qualifying event, you and your family may elect
continuation coverage for up to 18 months (29 with a disability determination; 36 for dependents in some cases).
You have {days} days to elect. Premium can be up to 102% of plan cost ({cobra_prem}/month for family tier).
Plan administrator: {tpa}, {po_box}, {cs_phone}.
""",
    """HSA / FSA eligible expenses (excerpt)
Eligible: copays ({copay}), deductible, {drug}, {device} supplies, eyeglasses ({cpt3}), dental.
Not eligible: cosmetic procedures, gym fees. {plan_year} limits: HSA {hsa_limit}; health FSA {fsa_limit}.
Report distributions on {form} ({tax_year}). Custodian: {hsa_custodian}.
""",
    """Short-term disability plan highlights — {employer}
Benefit: {pct_ben} of weekly earnings to {weekly_ben}/week. Elimination period {elim} days; max 26 weeks.
Pre-existing condition exclusion: 3/12. Claims to {carrier}, fax {plan_fax}. Policy procedure {policy_proc}.
""",
    """Attending physician statement — instructions for the treating physician
Complete all sections. Include ICD-10 codes (e.g. {icd} {icd_desc}), objective findings (BP {bp}, BMI {bmi},
PHQ-9 {phq}), restrictions and limitations (no lifting over {weight}), and expected duration. Do not send
imaging films. Fax to {plan_fax}. {role} may call the office with questions.
""",
    """SSA listing check (DDS worksheet)
Listing 1.15 / 1.16 (spine), 11.12 ({eponym}), 12.04 (depressive disorder).
Evidence: MRI ({cpt}), EMG, PT notes x {visits}. Age category: advanced age ({age}). SGA {sga}/month.
Decision pending consultative exam; no identifying data on this worksheet.
""",
    """VA community care eligibility standards
Drive time: 30 minutes (primary care, mental health), 60 minutes (specialty care). Wait time: 20 days (primary),
28 days (specialty). SEOC versions updated {year}. Claims: {tpa}, payer ID {payer_id}. See {form}.
""",
    """VA beneficiary travel — mileage reimbursement
Rate {mile_rate} per mile; deductible $3 one way, $6 round trip, max $18/month. Submit within 30 days.
Special mode transport (wheelchair van, {cpt}) needs prior approval.
""",
    """Patient assistance program — eligibility
{manuf}: income up to 500% FPL; household of {hh} limit shown on the form. Prescriber must sign.
Covered products: {drug}, {drug1}. Copay cards not valid with Medicare Part D ({form}). BIN {bin}, PCN {pcn}.
""",
    """Pharmacy claim reject codes
75 prior authorization required · 76 plan limitations exceeded · 70 product not covered · 41 submit to primary payer.
Sample: BIN {bin} PCN {pcn}; NDC {ndc}; qty {qty}; days supply {days}. Pharmacy NCPDP {ncpdp}.
""",
    """Premium payment options
Pay by {time} local time for same-day posting. Mail checks to {po_box2}. Grace period 31 days (3 months with APTC).
Late payment may end coverage. Monthly premium examples: {premium}, {premium2}. Customer service {cs_phone}.
""",
    """No Surprises Act — patient rights
You can get a Good Faith Estimate if you're uninsured or self-pay. If your bill is at least {threshold}
more than the estimate, you can start a dispute within 120 days of the bill. Fee {fee}. Emergency care,
air ambulance ({cpt2}) and out-of-network care at in-network facilities are protected.
""",
    """External review — what to expect
After a final internal denial, you can ask for external review within 4 months. An independent review
organization ({iro}) decides. Standard decision within 45 days; expedited within 72 hours. Plan policy {policy_proc}.
""",
    """Grievance and appeal definitions
A grievance is a complaint about quality or service; an appeal asks us to change a coverage decision. {role}
will acknowledge within 5 business days. Call {cs_phone} ({tty}) from 8:00 AM to 8:00 PM.
""",
    """Prior authorization list — excerpt ({plan_year})
{cpt} {cpt_desc} — PA required; {cpt1} {cpt1_desc} — PA required after {visits} visits;
{cpt2} {cpt2_desc} — notification only. Drugs: {drug} ({tier}). Policy {policy_proc}.
""",
    """835 remittance segment sample (no patient loop)
CLP segment for payer {payer_id}: billed {billed_raw}, paid {paid_raw}, patient responsibility {owe_raw}.
CAS*{carc}*{allowed_raw}  LQ*HE*{rarc}  {trans_id}. Facility NPI {fac_npi}. Revenue code {rev_code}; {drg}.
""",
    """DME rental rules
CPAP (E0601): capped rental, 13 months. Continued coverage needs ≥ 4 hours/night on 70% of nights in a
30-day window. Typical AHI threshold ≥ 15 (or ≥ 5 with symptoms). Devices: {device}. Supply {lot}, exp {exp}.
""",
    """Lab values for MSP/disability reviews (reference)
HbA1c {a1c} (ref 4.0-5.6%), LDL {ldl} mg/dL, Hgb {hgb} g/dL, eGFR {egfr} mL/min/1.73m2. LOINC {loinc};
SNOMED {snomed}. Vitals example BP {bp}, HR {pulse}. Room {room}, bed {bed}.
""",
    """Marketplace enrollment checklist
Open enrollment for {plan_year}: report household size ({hh}), income ({income_yr}), offers of employer coverage.
Special enrollment ({sep}) gives 60 days. APTC estimate {aptc}/month. Documents: {form} ({tax_year}).
""",
    """Coordination of benefits rules (summary)
Birthday rule for dependent children; employee plan before COBRA; Medicare secondary for large employer
plans (20+ employees). {carc} ({carc_desc}) means the plan needs your other insurance. See {form1}.
""",
    """Claims aging report — totals only
0-30 days: {bill_total}; 31-60: {billed}; 61-90: {allowed}. Top denial {carc} {carc_desc}.
Generated {time24}; {pg} pages. Diagnosis mix: {icd} {icd_desc}; {icd1} {icd1_desc}.
""",
    """Function report tips (for claimants' helpers)
Describe a typical day. Say how long the person can sit, stand and walk; whether they use a cane or walker;
how {eponym} or {icd_desc} affects memory, sleep and chores. Age {age} or older changes the grid rules.
""",
)
