"""Document styles for planted set R: the back office of a health system.

Revenue cycle and payer work, the medical staff office, patient identity and records work. ``{key}``
is filled from ``values.identifiers`` (typed: gold spans) and ``values.lookalikes`` (untyped filler).
No braces appear in the text itself.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # ------------------------------------------------------------------ revenue cycle
    "coding_query_to_physician": (
        """\
HIM CODING QUERY (retrospective)                          Query #{ticket_no}
Facility: {fac_town}
To: {doc_lf} (attending)          NPI {doc_npi}
From: {coder_name}, CCS - HIM Coding, {ext}
Pt: {pt_name_lf}    MRN: {mrn}    FIN: {fin}
Admit {adm}   Disch {dis}   LOS {los}d   Working MS-DRG {drg1} - {drg1_desc}

Dr. {doc_last},
The H&P documents "{icd1_desc}". Labs on admission: {lab1}; {lab2}. Vitals {vital1}.
Based on your clinical judgment, can the diagnosis be further specified?
  [ ] {icd2} {icd2_desc}
  [ ] {icd3} {icd3_desc}
  [ ] Other: ______________      [ ] Unable to determine
The implant record lists a {implant}, serial {dev_serial}, charged under rev code 0278 / {implant_hcpcs}.
Please confirm it was placed during this stay (the op note of {dos_end} mentions it only in the header).
This query is non-leading per {pol_cdi}. Please answer in the EHR within 2 business days.
cc: CDI - {clerk_name}""",
        """\
PRO-FEE CHARGE REVIEW -- hold reason: E/M level vs documentation
Encounter {acct} | Pt {pt_caps} | DOB {pt_dob} | MRN {mrn}
Svc date {dos}   Loc: {fac_town}, {room}   Rendering: {doc_name} (NPI {doc_npi})   Billing: {org}, TIN {tin_org}
Ln  CPT    Mod  ICD-10            Units  Charge
1   {cpt1}  {mod1}   {icd1}, {icd2}     1      {amt_billed}
2   {cpt2}  {mod2}   {icd1}             {units}     {amt_small}
3   {jcode} JZ  {icd1}             {units}     {amt_fee}
Reviewer note ({coder_name}, {d_verify}): {cpt1} billed w/ modifier {mod1}; note supports moderate MDM
only. Time documented 42 min, not stated as total time. {jcode} ({jcode_desc}) requires NDC
{jcode_ndc} ({jcode_name}); {lot_stock} drawn from pharmacy stock. Implant line: {implant}, SN {dev_serial2}.
Returned to provider queue. Reply to {coder_email}.""",
        """\
From: {coder_name} <{coder_email}>
To: Dr {doc_last}
Re: {pt_name} - acct {fin} - DOS {dos}

Hi Dr. {doc_last} - quick one on the {implant_cpt} ({implant_cpt_desc}) from {d_short}. Op note says {implant}
implanted, but the UDI scanned in the OR log is {udi}, which maps to a different model than the charge
({implant_hcpcs}, rev 0278). Can you confirm which device {pt_first} actually has? Also, is the {icd3}
({icd3_desc}) from the ED note at {fac_town} still valid? {lab1}. Payer is {payer}; they pend at {carc1}
without it.
Thanks - {coder_name}, {ext}""",
    ),
    "payer_claim_status_call": (
        """\
CLAIM STATUS CALL
Payer: {payer}   Prov svcs {payer_phone} ({phone_tree}); {wait}
Date/time of call: {d_dt}   Rep: {rep_name}   Call ref #: {ref_no}
Patient: {pt_name_lf}  DOB {pt_dob}  Member ID {member_id}  Grp {group_no}
Our acct {acct} / payer claim # {claim_no}   DOS {dos} to {dos_end}   Billed {amt_billed}   TOB {tob}
Status per rep: DENIED {carc1} ({carc1_desc}), remark {rarc1}. Rep states no auth on file for {cpt1};
auth {auth_no} on our side was loaded for {fac2_town}, not {fac_town}. Rep sending to reopening, allow 30 days.
Payer has pt address {pt_street}, {pt_city} {pt_state} {pt_zip} - matches ours.
F/U {d_due}.   -- {clerk_name}, PFS insurance follow-up, {ext}""",
        """\
ACCT NOTES - {acct}    {pt_caps}    {payer} / {plan}
{d_dt3} | {clerk_first} | Called {payer_phone}, {phone_tree}. Rep {rep_name}: claim {claim_no} rec'd {d_recv}, in process, no EOB yet. Ref {ref_no}.
{d_dt2} | {clerk_first} | Called back. Rep {rep2_name}: paid {amt_paid}, EFT {eft_trace}, PR {amt_pr} ({carc2}). Ref {ref_no2}.
{d_dt} | {clerk_first} | Billed secondary {payer2} under {member_id2}; DOB {pt_dob2} verified. Statement addr {pt_street} {pt_unit}, {pt_city}.""",
        """\
[IVR transcript - auto-captured, {duration}]
SYSTEM: Thank you for calling {payer} provider services. For claims, {phone_tree}.
SYSTEM: Please say or enter the member ID.
CALLER: {member_id}
SYSTEM: And the patient's date of birth.
CALLER: {pt_dob}
SYSTEM: For the claim with date of service {dos}, billed amount {amt_billed}: the claim number is
{claim_no}. This claim was finalized on {d_deny}. Payment amount: zero dollars. Reason: {carc1_desc}.
CALLER: Representative.
AGENT ({rep_name}): Provider services, this call is recorded. Can I get your name and NPI?
CALLER: {clerk_name} with {org}, billing NPI {doc_npi}, rendering Dr. {doc_name}.
AGENT: Thank you. I have {pt_name}, {pt_city} address on file. The denial is {carc1}, remark {rarc1}.
You can submit a reconsideration within {timely}. Your reference number for this call is {ref_no}.""",
    ),
    "denial_appeal_worksheet": (
        """\
DENIAL / APPEAL WORKSHEET                                      {queue}
Facility ....... {fac_town}
Patient ........ {pt_name_lf}              MRN ....... {mrn}
Acct/HAR ....... {acct}                   Payer ..... {payer} ({plan})
Member ID ...... {member_id}               Group ..... {group_no}
Payer claim # .. {claim_no}                DOS ....... {adm} - {dis}
Denial date .... {d_deny}                  CARC/RARC . {carc1} / {rarc1}
Denied amt ..... {amt_billed}              Level ..... 1st level provider appeal
Appeal due ..... {d_due}   (filing limit {timely})
Root cause: {carc1_desc}. MS-DRG {drg1} billed; payer recoded to {drg2} ({drg2_desc}), {soi}.
Device-intensive line: {implant}, UDI {udi} (rev 0278, {implant_hcpcs}), invoice cost {amt_small}.
Attending: Dr. {doc_name}, NPI {doc_npi}. Appeal fax {fax2} attn: appeals.
Worked by {clerk_name} {d_verify}""",
        """\
FAX   To: {payer} Appeals Unit   Fax: {fax2}   From: {dept}, {fac_town}   Pages: {count}
{d_letter}

RE: Request for reconsideration
Member: {pt_name}     DOB: {pt_dob}     ID: {member_id}
Claim number: {claim_no}     Date(s) of service: {dos}     Your reference: {case_no}

To the Appeals Coordinator:
We are appealing the denial dated {d_deny} ({carc1}: {carc1_desc}; {rarc1}). The patient presented to our
emergency department with {icd1_desc} ({icd1}); {lab1}; {vital1}. Admission met inpatient criteria and the
treating physician, Dr. {doc_name}, documented the expectation of a two-midnight stay. The {implant}
(serial {dev_serial}) placed on {dos_end} is a covered implant billed under {implant_hcpcs}.
Please reprocess at the contracted MS-DRG {drg1} rate. Enclosed: itemized UB-04; records, {pages} pp.

Sincerely,
{clerk_name}, CRCR  |  {staff_phone} {ext}  |  {clerk_email}""",
        """\
denial_id,acct,patient,mrn,payer,member_id,claim_no,dos,carc,rarc,amount,serial,owner,next_action
{ticket_no},{acct},"{pt_name_lf}",{mrn},{payer},{member_id},{claim_no},{dos_x12},{carc1},{rarc1},{amt_csv},{pump_serial},{clerk_name},"{d_due}"
comment: "E0784-{dmod1} (insulin pump) denied same/similar. Pt had pump SN {pump_serial} from prior supplier until {d_term};
need proof of loss/damage + new CMN. Ship-to on claim {pt_street}, {pt_city}. Fax records to {fax2}, ref {case_no}.\"""",
    ),
    "era_835_line_explanation": (
        """\
{org} - Patient Financial Services
Explanation of your insurance payment                         {d_letter}

{pt_name}
{pt_street} {pt_unit}
{pt_city}, {pt_state} {pt_zip}

Account: {acct}     Insurance: {payer}, member {member_id}
Claim {claim_no} for services on {dos} at {fac_town}:

Service                                  Billed       Allowed      Ins paid     You owe   Code
{cpt1} {cpt1_desc}    {amt_billed}   {amt_allowed}   {amt_paid}   {amt_pr}   {carc2}
{cpt2}-{mod1}                               {amt_small}    $0.00        $0.00        $0.00     {carc1}

What the codes mean: {carc2} = {carc2_desc}. {carc1} = {carc1_desc}; you are not billed for that line.
{rarc1}: {rarc1_desc}.
Questions? Call {staff_phone} ({hours}; {phone_tree}) or write to {clerk_email}.""",
        """\
835 remit excerpt - {payer} - EFT trace {eft_trace} - auto-post exception to {queue}
CLP*{acct}*1*{amt_csv}*0**MC*{claim_no}*11*1~
NM1*QC*1*{pt_x12}*{pt_x12f}****MI*{member_id}~
NM1*82*1*{doc_x12}*{doc_x12f}****XX*{doc_npi}~
REF*EA*{mrn}~
DTM*232*{dos_x12}~
SVC*HC:{cpt1}:{mod1}*{amt_csv}*0**{units}~
CAS*{carc1_x12}*{amt_csv}~
LQ*HE*{rarc1}~
Line explanation ({clerk_first}, {d_verify}): {cpt1} denied {carc1} - {carc1_desc}. Patient {pt_name}
of {pt_city}; rendering Dr. {doc_last}. Corrected claim (freq 7) to go out per {pol_rc}.""",
        """\
remit_date,payer_claim_ctl,pt_acct,patient,member_id,dos,hcpcs,mod,billed,paid,grp_rsn,rarc,serial
{d_x12},{claim_no},{acct},"{pt_caps}",{member_id},{dos_x12},{dme1},{dmod1},{amt_csv},0.00,{carc1},{rarc1},{dev_serial}
{d_x12},{claim_no},{acct},"{pt_caps}",{member_id},{dos_x12},{dme2},{dmod2},{amt_csv2},0.00,{carc2},{rarc2},
Analyst note: rental line {dme1} ({dme1_desc}) for unit SN {dev_serial} delivered to {pt_street}, {pt_city} {pt_zip};
{dme2} bundled ({rarc2_desc}). Tell supplier contact {rep_name} before rebilling.""",
    ),
    "self_pay_collection_letter": (
        """\
{org}
Patient Financial Services
{d_letter}

{g_name}
{pt_street}, {pt_unit}
{pt_city} {pt_state} {pt_zip}

FINAL NOTICE - Guarantor account {guar_acct}
Patient: {pt_name}    Service date: {dos}    Location: {fac_town}
Balance due: {amt_bal}

Our records show no payment since {d_recv}. If we do not hear from you by {d_due}, this account may be
referred to an outside agency under {pol_baddebt}. You may qualify for financial assistance (household income
up to {fpl_pct} of the Federal Poverty Guidelines) - ask us.

Pay online: {url_pay}   |   Call {staff_phone} ({hours}; {phone_tree})
Aviso: si necesita ayuda en español, llame al {staff_phone} y marque 2. Su número de cuenta es {guar_acct}.""",
        """\
CRESTLINE RECOVERY SERVICES                                          {agency_phone}
{d_letter}

{pt_caps}
{pt_pobox}
{pt_city}, {pt_state} {pt_zip}

Original creditor: {org}       Our account #: {agency_acct}       Creditor account: {acct}
Date of service: {dos}        Balance: {amt_bal}

This communication is from a debt collector. This is an attempt to collect a debt and any information
obtained will be used for that purpose. If you notify us in writing by {d_due} that you dispute all or part
of this debt, we will stop collection until we send you verification. Medical debt under $500 is not
reported to credit bureaus. Pay at {url_pay} or call {agency_phone} ({hours}).""",
        """\
ESTADO DE CUENTA / STATEMENT                 Fecha / Date: {d_letter_es}
Paciente / Patient: {pt_name}          No. de cuenta / Account no.: {acct}
Garante / Guarantor: {g_name}          Fecha de nacimiento / DOB: {pt_dob_es}
Dirección / Address: {pt_street}, {pt_city}, {pt_state} {pt_zip}

Servicio / Service                       Fecha / Date      Cargo        Seguro pagó    Saldo
{cpt1} {cpt1_desc}          {dos}       {amt_billed}   {amt_paid}    {amt_pr}

Saldo total / Total due: {amt_bal}        Pague antes de / Pay by: {d_due}
Pague en línea / Pay online: {url_pay}
Preguntas / Questions: {staff_phone}, opción 2 para español. Puede calificar para asistencia financiera
(ingresos hasta {fpl_pct} del nivel federal de pobreza).""",
    ),
    "payment_plan_enrollment": (
        """\
PAYMENT PLAN ENROLLMENT - e-signature certificate
Plan ID: {pp_acct}      Guarantor: {g_name_lf}      Guarantor acct: {guar_acct}
Accounts included: {acct}, {acct2} (patient {pt_name})
Balance {amt_bal}; {count} monthly payments of {amt_mo}; first draft {d_due}; 0% interest ({pol_pp}).
Autopay: checking account {bank_acct}, routing (ABA) {aba}
Signed electronically {d_dt} from IP {ip} via {url_portal}
Confirmation emailed to {g_email}. Phone on file {g_phone}.
Mailing address: {g_street}, {g_city}, {g_state} {g_zip}""",
        """\
Call note - Self-pay / payment arrangements    {d_dt}    Agent: {clerk_name} ({emp_id})
Inbound from {g_phone}. Caller identified as {g_name} ({g_rel}; guarantor for {pt_name}, DOB {pt_dob}).
Authenticated: VoiceSecure voiceprint match {voice_score} against enrolled print {voice_id}; KBA skipped.
Acct {acct} bal {amt_bal}. Caller asked for {amt_mo}/mo x {count}, start {d_due}; within guidelines, no FA
screen needed (household of {hh_size}). Plan {pp_acct} created; pay link {url_pay} texted to {pt_cell}.
Caller gave new address {new_street}, {new_city} {new_zip} - routed to Patient Access queue.""",
        """\
Web chat transcript - billing help (session {ticket_no})   started {d_dt}   visitor IP {ip}
Visitor: hi i want to set up payments for a family members bill, acct {acct}
Agent {clerk_first}: Happy to help. Can you verify the patient's full name and date of birth?
Visitor: {pt_name}, {pt_dob}
Agent {clerk_first}: Thank you. And your name?
Visitor: {g_name}. im the POA. email is {g_email}
Agent {clerk_first}: I see a balance of {amt_bal} from the visit at {fac_town} on {dos}. Plans run up to
{count} months with no interest.
Visitor: {amt_mo} a month works
Agent {clerk_first}: Done - plan {pp_acct}. You'll get an email with a link to sign: {url_pay}. First payment
{d_due}. For security we logged this chat's voice-callback enrollment as {voice_id}.""",
    ),
    "charity_care_application": (
        """\
FINANCIAL ASSISTANCE APPLICATION (form {pol_fa})        App # {fa_app}      Rec'd {d_recv}
Section A - Patient
  Name: {pt_name_lf}          Date of birth: {pt_dob90}       Age: {pt_age90}
  SSN: {pt_ssn}               MRN / Acct: {mrn} / {acct}
  Home address: {pt_street} {pt_unit}, {pt_city}, {pt_state} {pt_zip}    County: {pt_county}
  Phone: {pt_phone}
Section B - Household ({hh_size} persons)
  Responsible party: {g_name} ({g_rel}, age {age_a})
Section C - Income and assets
  Monthly income: Social Security {income_mo}; pension none. Annual: {income} ({fpl_actual} FPL)
  Vehicle(s): {year2} sedan, VIN {vin}, plate {plate}
  Medicare {mbi}; Medicaid application denied {year}.
Signature on file {d_sign}.    Screened by {fc_name}, Financial Counselor.""",
        """\
SOLICITUD DE ASISTENCIA FINANCIERA (ATENCIÓN CARITATIVA)      No. de solicitud: {fa_app}
Nombre del paciente: {pt_name}         Fecha de nacimiento: {pt_dob90}        Edad: {pt_age90} años
Número de Seguro Social: {pt_ssn}
Dirección: {pt_street}, {pt_city}, {pt_state} {pt_zip}          Condado: {pt_county}
Teléfono: {pt_phone}
Personas en el hogar: {hh_size}        Ingreso mensual: {income_mo}
Vehículo: modelo {year2}, placa {plate}
Cuenta(s) del hospital: {acct}         Fecha de servicio: {dos}
Firma del solicitante: {g_name} ({g_rel}, apoderado)        Fecha: {d_letter_es}
-- Para uso de la oficina --
Aprobado {disc_pct} ({fpl_actual} FPL) por {fc_name}. Estado en línea: {url_fa}""",
        """\
{d_letter}

{pt_name}
c/o {g_name}
{g_street}
{g_city}, {g_state} {g_zip}

Re: Financial assistance determination - application {fa_app}

Dear {g_name}:
We have reviewed the application received {d_recv}. Based on a household of {hh_size} and annual income of
{income} ({fpl_actual} of the Federal Poverty Level), the patient qualifies for a {disc_pct} discount under the
Financial Assistance Policy ({pol_fa}). The discount applies to accounts {acct} and {acct2} for services from {dos} through {dos2}, and
to eligible care for the next 240 days. Because the patient is {pt_age90} years old and enrolled in Medicare
({mbi}), Medicare was billed first; only the remaining balance is discounted.
You can check the status at any time at {url_fa}.
Questions: {fc_name}, Financial Counselor, {staff_phone}.""",
    ),
    "cob_secondary_questionnaire": (
        """\
MEDICARE SECONDARY PAYER (MSP) QUESTIONNAIRE - inpatient        Completed {d_dt} by {clerk_name}
Beneficiary: {pt_name}    MBI: {mbi}    DOB: {pt_dob}    MRN {mrn}    Enc {fin}
Part I   Black lung / VA / workers' comp / research grant?        No / No / No / No
Part II  Illness or injury due to an accident?                    No
Part III ESRD?                                                   No
Part IV  Beneficiary employed? No. Spouse employed and covered by employer GHP? Yes
         Spouse: {g_name} (age {age_a}), plan {commercial}, ID {member_id2}, group {group_no2}
         Employer has 20 or more employees: Yes  -> GHP primary, Medicare secondary
Part V / VI  n/a
Address verified: {pt_street}, {pt_city} {pt_zip}.  Spouse phone {g_phone}.  Questionnaire retained 10 yrs.""",
        """\
OTHER HEALTH INSURANCE QUESTIONNAIRE - returned by member                 Rec'd {d_recv}
Member name: {pt_name_lf}        Member ID: {member_id}        Date of birth: {pt_dob}
Mailing address: {pt_street}, {pt_city} {pt_zip}
1. Are you covered by any other health insurance?   [X] Yes   [ ] No
   Policyholder: {g_name}    Relationship: {g_rel}    Policyholder DOB: {g_dob}
   Other carrier: {commercial}    ID: {member_id2}    Group: {group_no2}    Effective: {d_eff}
2. Is the other coverage through an employer?   [X] Yes - active employee
3. Medicare?   [ ] Yes   [X] No
Plan note: claims {claim_no} and {claim_no2} pended {carc1} ({carc1_desc}) until this form came back.
Member signature: {pt_name}        Phone: {pt_phone}""",
        """\
COB UPDATE - acct {acct}
{d_dt} {clerk_first}: Pt {pt_name} (DOB {pt_dob2}) called about claim denied {carc1}. States pt has {commercial}
through {g_rel} {g_first}'s employer since {d_eff}, and {payer} (ID {member_id}) through own retiree plan.
{g_first} DOB {g_dob}. Own plan primary for the pt; the {g_rel}'s active plan is secondary here.
Updated COB: primary {payer} {member_id} grp {group_no}; secondary {commercial} {member_id2}.
Rebilled claim {claim_no}. Pt cell {pt_cell}; mail to {pt_pobox}, {pt_city} {pt_zip}.""",
    ),
    "eligibility_verification_note": (
        """\
ELIGIBILITY RESPONSE (271) - Medicare (HETS)          Requested {d_dt} by {clerk_name}
Subscriber: {pt_x12}, {pt_x12f}    ID: {mbi}    DOB: {pt_dob90} (age {pt_age90})    Sex: {sex}
SSN on file: {pt_ssn_masked}
EB*1*IND*30 - Part A active since {d_eff}; Part B active; no MA plan on file; hospice: none.
Medicaid (QMB) ID {medicaid_id} - dual eligible, cost-sharing protected.
Deductible remaining {amt_small}; therapy threshold applies (97110, 97530).
Address on 271: {pt_street}, {pt_city} {pt_zip} - differs from registration ({new_street}); sent to {queue}.
PCP: Dr. {doc_name} ({doc_npi})
MRN {mrn}   Enc {fin}   Scheduled {dos}""",
        """\
Elig verif note ({d_dt}) - {clerk_name}, Patient Access, {fac_town}
{pt_age90} y/o pt arriving for {cpt1} ({cpt1_desc}) on {dos}, accompanied by {g_rel} {g_name} ({g_phone}).
Ran real-time eligibility via clearinghouse: {payer} / {plan} ACTIVE, member {member_id}, group {group_no},
copay $40, OOP {pct} met. Secondary: Medicaid {medicaid_id} - active, spend-down met this month.
Card scanned front/back; photo ID on file. SSN {pt_ssn_masked}. MRN {mrn}. No ABN needed (CMS-R-131 n/a).""",
        """\
STATE MEDICAID ELIGIBILITY INQUIRY - SCREEN PRINT (TRANSCRIBED)
RECIPIENT ID: {medicaid_id}    NAME: {pt_caps}    DOB: {pt_dob90}    AGE: {pt_age90}
ADDRESS: {pt_street} / {pt_city} / {pt_state} / {pt_zip}    COUNTY: {pt_county}
ELIG SEGMENT: FULL BENEFIT    BEGIN {d_eff}    END {d_term}
MCO: {mco}    MCO MEMBER ID: {member_id}
MEDICARE: A/B    MBI: {mbi}
TPL: NONE ON FILE     LTC: NO     LOCK-IN: NO
INQUIRY BY {clerk_name}   {d_dt}   TRACE {ref_no}""",
    ),
    "pharmacy_benefit_pa_worksheet": (
        """\
PHARMACY PRIOR AUTHORIZATION REQUEST - {pbm}           Fax to: {fax2}    Phone: {payer_phone}
Member name: {pt_name}                 DOB: {pt_dob}
Member ID: {member_id}                 RxBIN {rxbin}   PCN {rxpcn}   RxGroup {rx_group}
Address: {pt_street}, {pt_city} {pt_state} {pt_zip}
Prescriber: {doc_name}, MD     NPI: {doc_npi}     DEA: {doc_dea}
Prescriber phone {doc_cell}    fax {fax1}
Medication: {glp_desc} (NDC {glp_ndc}), qty {glp_qty}, {tier}
Dx: E11.65 type 2 DM with hyperglycemia; A1c {a1c}; {vital1}
Current pump: {pump_device}, serial {pump_serial}; CGM transmitter {cgm_serial}
Prior therapy: metformin since {year}, inadequate response.     Rx # {rx_no}     Urgent: No""",
        """\
PA case {auth_no} - {pbm} - opened {d_dt3}
{pt_name_lf} | ID {member_id} | Rx# {rx_no}
Drug: {glp_desc}, NDC {glp_ndc}. Criteria: A1c >= 7% after 3 months of metformin - met (A1c {a1c}).
{d_dt2}: called prescriber office ({doc_cell}), spoke w/ {rep_name}; chart notes to follow by fax from {fax1}.
{d_dt}: notes rec'd. DECISION: APPROVED through {d_exp2}, {glp_qty}. CGM supplies (A9276) approved for
transmitter SN {cgm_serial}; pump {pump_serial} under DME benefit, not PBM.
Member letter mailed to {pt_street}, {pt_city}. Reviewer: {clerk_name}, PharmD""",
        """\
Specialty pharmacy intake - benefits investigation
Patient {pt_name} / MRN {mrn} / DOB {pt_dob}   ph {pt_phone}
Ship to: {pt_street} {pt_unit}, {pt_city} {pt_state} {pt_zip}
Primary: {payer} {member_id} grp {group_no}; pharmacy benefit {pbm}, BIN {rxbin} PCN {rxpcn}
Drug {ndc2_desc}, NDC {ndc2}; stock {lot_stock}
Insulin pump on file SN {pump_serial} (warranty through {d_exp2}); supplies billed A4224/A4225.
PA ref {auth_no}. Copay card enrolled. Send fill confirmation to Dr. {doc_last}, fax {fax1}.""",
    ),
    "dme_rental_claim_review": (
        """\
DME CLAIM REVIEW - E0601 (CPAP device) - rental month {units}
Beneficiary {pt_name_lf}    MBI {mbi}    DOB {pt_dob}
Delivery address {pt_street}, {pt_city}, {pt_state} {pt_zip}    Delivered {d_sign}
Device: {cpap_device}    SN {dev_serial}    Modifiers RR {dmod1}
Compliance download {d_verify}: used 4+ h on 71% of nights in a 30-consecutive-day window; {vital2}
Ordering physician: Dr. {doc_name}    NPI {doc_npi}    F2F {dos}
Claim {claim_no} denied {carc1} / {rarc2}: {rarc2_desc}
Plan: re-eval, resubmit with KX. Reviewer {clerk_name} {d_dt}""",
        """\
PMD PRIOR AUTH / CLAIM PACKET CHECKLIST - K0823
Pt: {pt_name}   DOB {pt_dob}   Medicare {mbi}   Acct {acct}
[x] F2F exam {dos} by {doc_name} (NPI {doc_npi})
[x] 7-element order rec'd {d_recv}
[x] Home assessment at {pt_street} {pt_unit}, {pt_city}: doorways 32 in, ramp present
[x] Detailed product description: {pmd_device}, base SN {dev_serial}, seating SN {dev_serial2}
    UDI {udi}
[ ] ABN (CMS-R-131) - not needed
PA UTN {auth_no}; claim {claim_no}. Supplier contact {rep_name}, {agency_phone}.""",
        """\
O2 RENTAL - 36-month cap review
{pt_caps} | MRN {mrn} | {payer} ID {member_id}
Stationary: E1390 {o2_device}, SN {dev_serial}; portable E0431 cylinder system, SN {dev_serial2}
Qualifying test {d_eff}: SpO2 87% RA at rest; {icd2} {icd2_desc}
Cap month reached {d_term}; supplier must keep furnishing 24 more months with no rental paid (lines deny CO-96 if billed).
Home: {pt_street}, {pt_city}; contact {g_name} ({g_phone}). Next CMN recert not required.""",
    ),
    "nemt_transport_claim_review": (
        """\
AMBULANCE CLAIM REVIEW - {amb1} + {amb2} x {miles} mi
Pt {pt_name} ({pt_age90} y/o), DOB {pt_dob90}, {payer} ID {member_id}
Trip {trip_id}    DOS {dos}
Pickup: {pt_street}, {pt_city} {pt_zip}  ->  {fac_town} ED
Unit: Medic 14, VIN {vin}, plate {plate}
Crew: {rep_name} (EMT-P) and partner; unit hours {time}-{time2}
Medical necessity: bed-confined ({icd2}), {vital1}; PCS signed by Dr. {doc_name} {d_sign}
Claim {claim_no}: denied {carc1}; needs PCS. Appeal by {d_due}.""",
        """\
NEMT BROKER TRIP LOG - member {member_id} ({pt_caps})  Medicaid {medicaid_id}  age {pt_age90}
Trip ID       Date          Pick-up                          Drop-off            Vehicle            Driver
{trip_id}    {dos}    {pt_street}, {pt_city}    {fac_town}    plate {plate}    {rep_name}
{trip_id}-R  {dos}    {fac_town}    {pt_street}    plate {plate2}    {rep2_name}
Wheelchair van ({amb1}); return-leg unit VIN {vin}.
Dispute: return leg billed {amt_small} but GPS shows {miles} mi; broker ticket {ticket_no}.""",
        """\
Transport billing audit - DOS {dos}
Member: {pt_name_lf}, {pt_age90} yrs, MRN {mrn}
Vehicle: wheelchair van, plate {plate}, VIN {vin}; odometer start 48211 / end 48236 vs {miles} mi billed
Driver: {rep_name}, DL {pt_dl}
Pickup {pt_street}, {pt_city}; drop {fac_town}
Claim {claim_no} adjusted; {amb2} units reduced. Auditor {clerk_name} {d_verify}.""",
    ),
    "garage_parking_fee_dispute": (
        """\
From: {pt_email}
To: {clerk_email}
Date: {d_dt3}
Subject: parking charge - I was a patient!!

Hi, my name is {pt_name}. I was in the ER at {fac_town} from {adm} to {dis} and when I came out the
garage machine charged me {amt_fee}. My car is a gray {year2} Corolla, plate {plate}. The sign says validated
patients pay $5. My MRN is {mrn} if that helps.
{pt_name}
{pt_phone}
---
Reply ({clerk_name}, Patient Relations, {d_dt}): LPR shows {plate} entry {time} and exit {time2}. Refund of
{amt_small} approved, case {ticket_no}. Check mailed to {pt_street}, {pt_city} {pt_zip}.""",
        """\
PARKING SERVICES - CITATION APPEAL
Citation # {citation_no}    Issued {d_dt}    Garage C, level 3, space 311
Vehicle plate {plate} ({dl_state}), VIN {vin} (registration look-up)
Registered owner: {g_name}, {g_street}, {g_city} {g_zip}
Appellant: {pt_name} (patient; infusion appointments {dos} and {dos2})
Reason: disabled placard displayed but hung backwards.
Decision: VOID. Reviewed by {clerk_name} ({emp_id}) {d_verify}. Acct {acct} flagged for validation.""",
        """\
LPR / validation reconciliation - patient parking refund request {ticket_no}
Requestor {g_name} ({g_rel} of pt {pt_name}, MRN {mrn}), phone {g_phone}
plate_read,lane,event,timestamp
{plate},N-ENTRY,IN,{d_dt3}
{plate},N-EXIT,OUT,{d_dt2}
{plate2},S-ENTRY,IN,{d_dt3}
Both vehicles registered to the household at {pt_street}, {pt_city}. Patient-family rate {amt_small}/day applied;
refund {amt_refund}.""",
    ),
    "recredentialing_file_checklist": (
        """\
REAPPOINTMENT FILE CHECKLIST - cycle ends {d_term}
Practitioner: {doc_lf}, MD     DOB {doc_dob}     SSN {doc_ssn}
Home: {doc_street}, {doc_city}, {doc_state} {doc_zip}     Cell {doc_cell}     {doc_email}
Item                      Number            Source / verified             Expires
State license ({doc_state})    {doc_lic}      board web site, {d_verify}      {d_exp}
DEA                       {doc_dea}       DEA look-up                    {d_exp2}
State CSR                 {doc_csr}       board fax-back {fax2}           {d_exp}
NPI                       {doc_npi}       NPPES                          n/a
Board cert                {doc_board}     certification look-up           {year}
CAQH                      {caqh}          attested {d_sign}
NPDB                      {ref_no}        continuous query
OIG / SAM                 clear
Coordinator: {mgr_name}   {mgr_email}""",
        """\
MEMO - Credentials Committee                                      {d_letter}
Re: Reappointment of {doc_name}, MD (Internal Medicine), {fac_town}

Dr. {doc_last} has held privileges since {year2}. Primary-source verification completed {d_verify}:
license {doc_lic} active through {d_exp}; DEA {doc_dea} active; board certification {doc_board} current.
One malpractice claim (closed {year}, no payment). OPPE: {count} admissions, LOS index 0.94, mortality
O/E 0.81, no sentinel events. Affiliation query to {fac2_town} was faxed ({fax2}) and answered {d_recv}.
Recommend two-year reappointment per {pol_mso}.
{mgr_name}, CPMSM, Medical Staff Services""",
        """\
FAX   To: Medical Staff Office, {fac2_town}    Fax {fax2}    From: {mgr_name}    Fax {fax1}
CONFIDENTIAL - PEER REVIEW PRIVILEGED
Affiliation / reference verification request
Practitioner: {doc_name}    DOB {doc_dob}    NPI {doc_npi}    License {doc_lic}
Please confirm affiliation dates (we have {d_eff} to {d_term}) and any adverse actions, restrictions or
investigations. Return to {mgr_email} or by fax. Authorization signed by the practitioner {d_sign} enclosed.""",
    ),
    "payer_enrollment_status_tracker": (
        """\
provider,npi,taxonomy,payer,provider_id,app_tracking,submitted,effective,status,analyst,note
"{doc_lf}",{doc_npi},{taxonomy},Medicare Part B,{ptan},{app_track},"{d_sign}","{d_eff}",APPROVED,{clerk_name},"855I + 855R reassign to {org}"
"{doc_lf}",{doc_npi},{taxonomy},state Medicaid,{mcd_prov},{ref_no},"{d_recv}",,PENDING,{clerk_name},"SSN {doc_ssn} mismatch; home addr {doc_street} {doc_city}"
"{doc_lf}",{doc_npi},{taxonomy},{payer},,{case_no},"{d_recv}",,IN CRED,{clerk_name},"CAQH {caqh} re-attest by {d_due}\"""",
        """\
From: {clerk_name} <{clerk_email}>
To: {doc_email}
Cc: {mgr_email}
Sent: {d_dt}
Subject: Payer enrollment - items needed before {d_due}

Dr. {doc_last},
Medicare issued your PTAN ({ptan}) effective {d_eff}. For {payer} and Medicaid we still need:
(1) malpractice face sheet; (2) confirmation of your home address - we have {doc_street}, {doc_city} {doc_zip};
(3) CAQH re-attestation (CAQH ID {caqh}).
Until Medicaid approves, please do not see {payer2} members at {fac_town}.
Thanks, {clerk_name} | Provider Enrollment | {staff_phone} {ext}""",
        """\
CMS-855I WORKSHEET - new enrollment          Analyst {clerk_name}
Sec 1  Reason: new enrollee
Sec 2A {doc_name}; SSN {doc_ssn}; DOB {doc_dob}; place of birth {doc_city}, {doc_state2}
       Medical license {doc_lic} ({doc_state}) exp {d_exp}; other license {doc_lic2}; NPI {doc_npi}
       ECFMG cert {doc_ecfmg}
Sec 4  Practice location {fac_town}, {fac_street}, {fac_city} {fac_zip} ({pos})
Sec 6  Reassignment to {org}, TIN {tin_org}
Submitted via PECOS {d_sign}; tracking {app_track}. Development letter rec'd {d_recv}.""",
    ),
    "license_dea_primary_source_log": (
        """\
PRIMARY SOURCE VERIFICATION LOG - run {d_dt}    verifier: {clerk_name}
Practitioner          | Type    | Number          | Source                   | Status   | Expires     | Verified
{doc_lf}              | MD lic  | {doc_lic}       | state board online       | ACTIVE   | {d_exp}     | {d_verify}
{doc_lf}              | DEA     | {doc_dea}       | DEA CSA look-up          | ACTIVE   | {d_exp2}    | {d_verify}
{doc2_name}           | NPI     | {doc2_npi}      | NPPES                    | ACTIVE   | -           | {d_verify}
{doc2_name}           | PA lic  | {doc_lic2}      | board fax-back {fax2}    | PENDING  | -           | -
Board phone for follow-up {board_phone} ({phone_tree}). Practice site {fac_town}.""",
        """\
Verification note - DEA registration ({d_dt})
Dr. {doc_name}'s DEA {doc_dea} lists registered address {doc_street}, {doc_city}, {doc_state}; the license is in
{doc_state2}, so a DEA registered in that state is required before schedule II privileges at {fac_town}.
State CSR {doc_csr} verified by fax from the Board of Pharmacy ({fax2}), received {d_recv}, expires {d_exp}.
Called the board at {board_phone}; spoke with {rep_name}; ref {ref_no}.
NPI {doc_npi}, taxonomy {taxonomy} OK.  - {clerk_name}""",
        """\
*** EXPIRABLES ALERT ***  GENERATED {d_dt}
PRACTITIONER: {doc_lf}    NPI {doc_npi}    EMP ID {emp_id}
ITEM: STATE MEDICAL LICENSE {doc_lic}    EXPIRES {d_exp}    DAYS REMAINING 14
ITEM: DEA {doc_dea}    EXPIRES {d_exp2}
ITEM: ACLS CARD - EXP {year}
ACTION: NOTICE EMAILED TO {doc_email}; TEXT TO {doc_cell}. IF NOT RENEWED, PRIVILEGES AUTO-SUSPEND PER {pol_mso}.
VERIFY BY BOARD FAX-BACK {fax2}. COPY: {mgr_name}, {fac_town}""",
    ),
    "locum_tenens_onboarding_packet": (
        """\
LOCUM TENENS ONBOARDING PACKET - {fac_town}
Agency: Trailhead Locums - coordinator {rep_name}, {agency_phone}, {rep_email}
Provider: {doc_name}, MD    Hospitalist    Assignment {d_eff} to {d_term}
DOB {doc_dob}    SSN {doc_ssn}    NPI {doc_npi}    DEA {doc_dea}
Licenses: {doc_state} {doc_lic} (exp {d_exp}); {doc_state2} {doc_lic2}
Temporary privileges granted {d_sign} under {pol_locum}.
Badge: portrait {doc_photo} uploaded; access level 2.
Housing: {doc_street} {pt_unit}, {doc_city} {doc_zip} (agency-paid)
Parking: Garage B permit for plate {plate}""",
        """\
LOCUMS CHECKLIST ({doc_lf}) - assignment site {fac_town}
[x] CV, gaps explained ({year2}-{year})
[x] Photo ID: passport scan {photo_file2}; badge portrait {doc_photo}
[x] SSN card copy - {doc_ssn}
[x] Fingerprints (LiveScan) TCN {fp_tcn}
[x] License {doc_lic} verified {d_verify}
[x] NPDB query {ref_no}
[ ] TB screen due {d_due}
[x] Parking: plate {plate}, temporary hangtag
Coordinator: {mgr_name}, Medical Staff Services, {mgr_email}""",
    ),
    "medical_staff_background_check": (
        """\
BACKGROUND SCREENING REPORT - order {bg_order}           Completed {d_verify}
Subject: {doc_lf}     DOB {doc_dob}     SSN {doc_ssn}
SSN trace - addresses, 7 years:
  {doc_street}, {doc_city}, {doc_state} {doc_zip}          {year}-present
  {g_street}, {g_city}, {g_state} {g_zip}                  {year2}-{year}
County criminal ({pt_county}): no records    Federal: no records
Sex offender registry: clear    OIG LEIE / SAM: clear    State Medicaid exclusion: clear
Motor vehicle record: DL {pt_dl} ({dl_state}) valid; 1 minor violation {year}
Fingerprint-based check: LiveScan TCN {fp_tcn} - NO RECORD
Requested by {mgr_name}, Medical Staff Services""",
        """\
Fingerprint submission log - Medical Staff Office
date_time | applicant | role | ATI/TCN | note | operator
{d_dt3} | {doc_name} | locum hospitalist | {fp_tcn} | rejected, low quality (NFIQ 4) | {clerk_name}
{d_dt2} | {doc_name} | locum hospitalist | {fp_tcn} | resubmitted, rolled prints | {clerk_name}
Applicant SSN {doc_ssn}; DOB {doc_dob}; DL {pt_dl}. Mail results to {doc_street}, {doc_city} {doc_zip};
copy to {mgr_email}.""",
        """\
{d_letter}

{doc_name}
{doc_street}
{doc_city}, {doc_state} {doc_zip}

Re: Pre-adverse action notice - background report {bg_order}

Dear Dr. {doc_last}:
The consumer report we obtained lists a {year2} record in {pt_county} associated with SSN {doc_ssn}. The
fingerprint-based search (TCN {fp_tcn}) did not match that record, and we believe it belongs to someone
else. Before any decision on your application, you may dispute the report with the agency at {agency_phone}.
A copy of the report and a summary of your rights are enclosed.
{mgr_name}, Director, Medical Staff Services""",
    ),
    # ------------------------------------------------------------------ identity and records
    "duplicate_mrn_review": (
        """\
DUPLICATE RECORD REVIEW   task {ticket_no}   EMPI score {empi_score}   reviewer {clerk_name}   {d_verify}
Field          Record A (survivor)              Record B (non-survivor)
MRN            {mrn}                            {mrn2}
EMPI           {empi}                           {empi}
Name           {pt_name_lf}                     {pt_caps}
Alias          {pt_nick}                        -
DOB            {pt_dob}                         {pt_dob2}
SSN            {pt_ssn}                         (blank)
Address        {pt_street}                      {new_street}, {new_city}
Photo          {photo_rec}                      none
Palm-vein ID   {palm_id}                        {palm_id}
Decision: SAME PERSON - merge B into A per {pol_dup}. Evidence: palm-vein match at {fac_town} registration,
photo on file, DOB entered in a different format only.""",
        """\
HIM - potential overlay investigation ({d_dt})
ED registration on {dos} at {fac_town} attached encounter {fin} to MRN {mrn}, which belongs to {pt_name}
(DOB {pt_dob}). The ED patient gave the same name but DOB {g_dob}, and the registration photo ({photo_file})
does not resemble the photo on file ({photo_rec}). Palm-vein scan at triage found no match to template {palm_id}.
Conclusion: overlay. Encounter moved to new MRN {mrn2}; the {icd1} diagnosis and allergy entries were removed
from {pt_first}'s chart. Notified Patient Access and the Privacy Office ({priv_case}). Patient contact: {pt_phone}.""",
        """\
DUP_CANDIDATES_EXPORT|run={d_x12}|threshold=15.0
PAIR|MRN_A|MRN_B|NAME_A|NAME_B|DOB_A|DOB_B|ZIP_A|ZIP_B|SCORE|PHOTO_A|STATUS
1|{mrn}|{mrn2}|{pt_caps}|{pt_name_lf}|{pt_dob_x12}|{pt_dob_x12}|{pt_zip}|{new_zip}|{empi_score}|{photo_rec}|MERGED
# {clerk_first}: B created at kiosk with last name typo ({pt_prev_last}); same SSN {pt_ssn}; same palm-vein {palm_id}""",
    ),
    "medical_identity_theft_affidavit": (
        """\
MEDICAL IDENTITY THEFT - PATIENT REPORT FORM ({pol_theft})       Privacy case {priv_case}
Submitted through patient portal {d_dt} from IP {ip}
Name: {pt_name}        DOB: {pt_dob}       MRN (if known): {mrn}
SSN: {pt_ssn}          Driver's license: {pt_dl} ({dl_state})
Address: {pt_street}, {pt_city}, {pt_state} {pt_zip}
Phone: {pt_cell}
What happened: I got a bill for an ER visit on {dos} at {fac_town} (account {acct}) that was not me. I was
at work across town that day. My insurance {commercial} (ID {member_id}) paid part of it.
Police report #: {police_rpt}     FTC identity theft report #: {ftc_no}
Attached: copy of my license ({photo_file2}) and a selfie for comparison ({photo_file}).""",
        """\
Privacy Office investigation notes - case {priv_case}
{d_dt3}: reviewed ED encounter {fin} ({dos}). The ID scanned at registration ({photo_file2}) does not match
the portal selfie on file ({photo_file}); face-match {match_score} on template {face_tmpl}.
Portal audit: account of {pt_name} (MRN {mrn}) logged in from {ip} and {ip2} on {d_dt2}, neither seen
before; password reset went to an unfamiliar address, {g_email}.
Claim {claim_no} to {payer} flagged; payer SIU ref {ref_no}. Record sequestered per {pol_theft}.
Investigator: {mgr_name}""",
        """\
{d_letter}
PERSONAL AND CONFIDENTIAL
{pt_name}
{pt_street}
{pt_city}, {pt_state} {pt_zip}

Re: Your report of medical identity theft, case {priv_case}

Dear {pt_name}:
We confirmed that the emergency visit on {dos} (account {acct}) was made by someone using your identity.
We removed that visit from your medical record ({mrn}) and cancelled the {amt_bal} in charges, and we asked
{payer} to reverse claim {claim_no}. To protect you, we enrolled a palm-vein identifier ({palm_id}) for future
visits and blocked portal access from the device at {ip}.
Contact: {mgr_name}, Privacy Officer, {staff_phone}, {mgr_email}.""",
    ),
    "custodian_records_certification": (
        """\
IN THE DISTRICT COURT OF {pt_county}, STATE OF {pt_state}
Case No. {court_case}            {pt_caps} v. Quickway Freight Lines, Inc.

CERTIFICATION OF CUSTODIAN OF RECORDS
I, {clerk_name}, am the duly authorized custodian of the medical records of {fac_town}. The attached
records ({pages} pages) of {pt_name}, date of birth {pt_dob}, MRN {mrn}, dates of service {dos} through
{dos2}, are true copies made in the regular course of business at or near the time of the acts recorded.
Subpoena served {d_recv} by {atty_name} ({atty_firm}), State Bar No. {bar_no}.
Sworn before me {d_verify}.   Notary public: {notary_name}, commission {notary_comm}, expires {d_exp2}.
Delivered by secure link {url_share}; confirmation faxed to {atty_fax}.""",
        """\
FAX TRANSMITTAL  --  page 1 of {count}
T0: {atty_name}    {atty_firm}    FAX: {atty_fax}    PH0NE: {atty_phone}
FR0M: HIM / Release of lnformation, {fac_town}    FAX: {fax1}
RE: Subpoena duces tecum - {pt_name_ocr}   D0B {pt_dob_ocr}   MRN {mrn_ocr}
Case: {court_case}
0ur resp0nse: records produced ({pages} pp), certified {d_verify}. Billing records (acct {acct}) to fol1ow
under separate cover. Psychotherapy notes and 42 CFR Part 2 records withhe1d absent court order.
C0NFIDENTIALITY N0TICE: the inf0rmation in this fax is privileged ...""",
        """\
SUBPOENA LOG
Rec'd {d_recv} | served on: {clerk_name} | type: SDT, records only | court: {pt_county} circuit | case {court_case}
Patient {pt_name_lf} | DOB {pt_dob} | MRN {mrn} | requested: all records {year}-present incl. billing, imaging
Requesting atty {atty_name}, bar # {bar_no}, {atty_street}, {atty_city} {atty_zip}; ph {atty_phone}; fax {atty_fax}; {atty_email}
Patient notice mailed {d_letter}; objection window ends {d_due}. Fee {amt_fee} per state copy-fee statute. ROI #{roi_no}""",
    ),
    "guardian_poa_registration": (
        """\
LEGAL REPRESENTATIVE REGISTRATION ({pol_legalrep})
Patient: {pt_name}    MRN {mrn}    DOB {pt_dob90}    Age {pt_age90}
Document: Durable Power of Attorney for Health Care, executed {d_sign}, notarized by {notary_name} (comm. {notary_comm})
Agent: {g_name} ({g_rel})    Phone {g_phone}    Email {g_email}
Agent address: {g_street}, {g_city}, {g_state} {g_zip}
Alternate agent: {atty_name}
Activation: attending Dr. {doc_name} documented incapacity {d_verify} ({score}).
Scanned to Media tab {d_dt} by {clerk_name}.""",
        """\
Registration note - court-appointed guardian
{pt_caps}, {pt_age90w}-year-old resident of {fac2_town}, MRN {mrn}.
Letters of Guardianship issued {d_eff} by the Probate Court of {pt_county} (Judge {judge_name}), case {court_case}.
Guardian of the person: {g_name}, {g_street}, {g_city} {g_zip}; cell {g_phone}.
Guardian of the estate: {atty_name}, Esq., {atty_firm}, {atty_phone} - statements for guarantor acct {guar_acct}
go to the guardian of the estate. Letters valid through {d_exp2} (annual report due).
Copy checked against certified original by {clerk_name}.""",
        """\
{d_dt} Patient Access - {clerk_first}
Call from {g_rel} {g_name} about pt {pt_first} ({pt_age90} yo). Caller holds an HCPOA dated {d_sign}; will bring it
to {fac_town} admitting on {d_due}. Told caller we need the original or a certified copy plus photo ID.
Pt address still {pt_street} {pt_unit}, {pt_city}? Caller says pt now lives with them at {g_street}, {g_city}.
Medicare {mbi}; supplement {payer} {member_id}. Callback {g_phone}.""",
    ),
    "demographic_change_request": (
        """\
DEMOGRAPHIC UPDATE REQUEST - submitted online        Req {ticket_no}
Submitted {d_dt} from IP {ip}    Portal user {pt_email}
Patient: {pt_name}    DOB {pt_dob}    MRN {mrn}
OLD: {pt_street}, {pt_city}, {pt_state} {pt_zip}
NEW: {new_street} {new_unit}, {new_city}, {new_state} {new_zip}
New phone {pt_cell}
Proof uploaded: {photo_file2} (driver's license, front) - face matches photo on file {photo_rec}
Status: APPLIED by {clerk_name} {d_verify}; guarantor acct {guar_acct} statements re-routed.""",
        """\
LEGAL NAME CHANGE - HIM
Previous name: {pt_old_name}        New name: {pt_name}
MRN {mrn} (no new MRN issued; previous name kept as AKA)     DOB {pt_dob}
Documentation: court order, case {court_case}, {pt_county}, dated {d_eff}; new driver's license {pt_dl}
(copy {photo_file2})
Payer notified: {payer}, member {member_id}.
Requested by {pt_email} on {d_recv}; processed {d_verify} by {clerk_name}. Registration photo retaken: {photo_file}.
Submission IP {ip}.""",
        """\
Pt called ({pt_phone}) {d_dt} to update address. Identity verified by name, DOB ({pt_dob2}) and SSN {pt_ssn_masked}.
Old: {pt_street}, {pt_city} {pt_zip}.
New: {new_street} {new_unit}, {new_city}, {new_state} {new_zip}. Pt asks that mail go to {pt_pobox}, {new_city}.
Photo ID to be rescanned at next visit ({dos2}); current photo record {photo_rec}.
Voice verification enrollment offered and accepted: {voice_id}.  - {clerk_name}""",
    ),
    "portal_identity_proofing_log": (
        """\
IDV event log - patient portal enrollment    session {ticket_no}
{d_dt3}  START      ip={ip}  ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
{d_dt3}  KBA        subject="{pt_name}" dob={pt_dob} zip={pt_zip} result=PASS (4/5)
{d_dt3}  DOCSCAN    file={photo_file2} type=DL state={dl_state} number={pt_dl} exp={pt_dl_exp}
{d_dt3}  SELFIE     file={photo_file} liveness=PASS
{d_dt3}  FACEMATCH  template={face_tmpl} score={match_score}
{d_dt2}  LINK       mrn={mrn} empi={empi} result=LINKED
{d_dt2}  NOTIFY     email={pt_email} sms={pt_cell}
activation link: {url_portal}""",
        """\
Portal help desk ticket {ticket_no} - {d_dt}
Caller {pt_name} ({pt_phone}) could not finish the online ID check. Vendor log: selfie {photo_file} failed
face match (score {fail_score}, threshold 0.80) against license photo {photo_file2}; attempts from IP {ip} and {ip2}.
Template {face_tmpl} deleted per vendor retention.
Verified in person at {fac_town} registration on {d_verify} (photo ID, MRN {mrn}). New activation link
{url_portal} sent to {pt_email}.  Agent: {clerk_name}""",
        """\
idv_result:
  request_id: {ticket_no}
  created: {d_dt}
  client_ip: {ip}
  subject.name: {pt_caps}
  subject.dob: {pt_dob2}
  subject.address: {pt_street}, {pt_city} {pt_state} {pt_zip}
  subject.ssn: {pt_ssn}
  document.image: {photo_file2}
  selfie.image: {photo_file}
  biometric.face_template_id: {face_tmpl}
  match.score: {match_score}
  callback_url: {url_portal}
  decision: REVIEW""",
    ),
    "credit_balance_refund_letter": (
        """\
{d_letter}

{pt_name}
{pt_street}
{pt_city}, {pt_state} {pt_zip}

Account number: {acct}          Date of service: {dos}

Dear {pt_name},
Your account has a credit balance of {amt_refund}. After your payment of {amt_small} on {d_recv}, your
insurer {payer} also paid the claim ({claim_no}) and your share went down to {amt_pr}, so we are issuing a
refund. To choose a paper check or direct deposit, visit {url_pay} within 30 days. If you have another open
balance, we may apply the credit there first ({pol_credit}).
Patient Financial Services, {staff_phone}""",
        """\
MEDICARE VOLUNTARY REFUND FORM (MAC version, {policy_ver})
Provider: {org}, {fac_town}    PTAN {ptan}    NPI {doc_npi}    TIN {tin_org}
Contact: {clerk_name}    {staff_phone}    {clerk_email}
Refund amount {amt_refund}    Method: offset
Beneficiary: {pt_name_lf}    MBI {mbi}
ICN {claim_no}    DOS {dos} - {dos_end}
Reason: MSP - group health plan primary ({payer2}, member {member_id2})
Found by internal credit balance audit ({queue}) on {d_verify}""",
        """\
CREDIT BALANCE WORKSHEET - {queue}
Acct          Patient               DOS          Payer           Credit        Cause                   Action
{acct}    {pt_name_lf}    {dos}    {payer}    {amt_refund}    duplicate payer pmt    refund payer
{acct2}   {pt_name_lf}    {dos2}   self-pay    {amt_small}    copay overpaid        refund guarantor
Guarantor {g_name}, {pt_street}, {pt_city} {pt_zip}; refund election link {url_pay}
Approved: {mgr_name} {d_verify}""",
    ),
    "ar_followup_worklist_export": (
        """\
wq,acct,fin,patient,dob,mrn,zip,payer,member_id,claim_no,dos,balance,days,last_action,owner
{queue},{acct},{fin},"{pt_name_lf}","{pt_dob}",{mrn},{pt_zip},{payer},{member_id},{claim_no},"{dos}",{amt_csv},{count},"called {d_mdy}, ref {ref_no}",{clerk_name}
{queue},{acct2},,"{pt_name_lf}","{pt_dob}",{mrn},{pt_zip},{payer2},{member_id2},{claim_no2},"{dos2}",{amt_csv2},{count2},"corrected claim sent",{clerk_name}""",
        """\
RPT AR-118  INSURANCE AGING > 90 DAYS                  RUN {d_caps} {time}       PAGE 1
ACCOUNT      PATIENT NAME              MRN         INS PLAN                 SUBSCRIBER ID    CLAIM#           SVC DATE    BALANCE
{acct}   {pt_caps}   {mrn}   {payer}   {member_id}   {claim_no}   {d_mdy}   {amt_nodollar}
   GUAR: {g_name_lf}   {g_street}   {g_city} {g_state} {g_zip}   PH {g_phone}
   NOTE: {carc1} {carc1_desc}; appeal sent {d_deny}; {rarc1}""",
    ),
    "estate_probate_claim_notice": (
        """\
{d_letter}

{g_name}, Personal Representative
Estate of {pt_name}
{g_street}
{g_city}, {g_state} {g_zip}

Re: Estate of {pt_name}, died {d_death}; probate case {court_case}, {pt_county}
Patient account: {acct}

Dear {g_name}:
Please accept our condolences. Our records show that {pt_first}, {pt_age90} at the time of death, was cared for
at {fac_town} from {adm} to {dis}. After Medicare ({mbi}) and {payer2} paid, a balance of {amt_bal}
remains. We filed a claim against the estate on {d_recv}. If the estate is insolvent, please tell us; the
balance may be eligible under the Financial Assistance Policy ({pol_fa}).
{clerk_name}, Estate Recovery, {staff_phone} ({hours})""",
        """\
STATEMENT OF CLAIM AGAINST ESTATE
Court: Probate Court, {pt_county}              Case No.: {court_case}
Decedent: {pt_caps}          Date of death: {d_death}       Date of birth: {pt_dob90}     Age: {pt_age90}
Last address of decedent: {pt_street}, {pt_city}, {pt_state} {pt_zip}
Claimant: {org}, Patient Financial Services
Amount of claim: {amt_bal}     Basis: hospital services {dos} - {dos_end}, account {acct}
Personal representative: {g_name}; counsel {atty_name} (bar no. {bar_no})
Claimant contact: Estate Recovery Unit, {staff_phone}, {ext}
Signed {d_letter}""",
    ),
    "mva_subrogation_questionnaire": (
        """\
ACCIDENT / THIRD-PARTY LIABILITY QUESTIONNAIRE        Acct {acct}    Enc {fin}
Patient: {pt_name}      DOB {pt_dob}      Phone {pt_phone}
Date of accident: {d_accident}      Where: {new_street}, {new_city} (near the highway on-ramp)
Motor vehicle involved? Yes - patient was  [x] driver  [ ] passenger  [ ] pedestrian
Your vehicle: {year2} pickup, plate {plate}, VIN {vin}
Auto insurer: Evergreen Mutual Insurance; claim # {auto_claim}; adjuster {rep_name}, {agency_phone}
Other driver's plate: {plate2}
Police report: {police_rpt}
Attorney: {atty_name}, {atty_phone}
Health plan: {payer}, member {member_id}
Signed {d_recv}""",
        """\
NOTICE OF HOSPITAL LIEN                                 Lien No. {lien_no}
Filed with the Clerk of {pt_county} on {d_recv}
Patient: {pt_name}, {pt_street}, {pt_city}, {pt_state} {pt_zip}
Injured {d_accident}; treated at {fac_town} from {adm} to {dis}. Charges: {amt_billed} ({drg1}, {drg1_desc}).
Vehicle involved: VIN {vin}, plate {plate}; liability carrier claim {auto_claim}.
Copies to: {atty_name}, {atty_firm}, fax {atty_fax}; {payer2} subrogation unit.
Prepared by {clerk_name}, {dept}""",
        """\
Subrogation vendor call - {d_dt} - {rep_name}, {payer} recovery unit, ph {payer_phone}, ref {ref_no}
Asked about ED visit {dos} for member {pt_name} ({member_id}) of {pt_city}; dx {icd2} + external cause V43.52XA.
Confirmed MVA per triage note; pt's auto claim {auto_claim}, vehicle plate {plate}. Gave attorney contact
{atty_name} ({atty_email}). Did not release records; told rep to fax a signed authorization to {fax1}.
 - {clerk_name}""",
    ),
    "payer_rep_email_chain": (
        """\
From: {rep2_name} <{rep_email}>
Sent: {d_dt}
To: {clerk_email}
Subject: RE: RE: Escalation - claim {claim_no}

Hi {clerk_first}, I re-keyed the claim for {pt_name}, member {member_id}, DOS {dos}. It will reprocess as
claim {claim_no2}; the original will deny CO-18 (duplicate). Projected payment {amt_paid}. Provider line is
{payer_phone} if you need a rep ({phone_tree}).
{rep2_name} | Provider Relations | {payer}

> From: PFS Follow-up Team
> Sent: {d_dt3}
> Claim {claim_no} for {pt_name_lf} (DOB {pt_dob}) denied {carc1}, but auth {auth_no} was on file for {cpt1}
> at {fac_town}. Can you escalate? Auth letter attached. TIN {tin_org}, {pos}.""",
        """\
From: {g_email}
To: {clerk_email}
Date: {d_dt3}
Subject: Bill for {pt_name}

Hello, I am writing about the bill for {pt_name}, account {acct}; I am the patient's {g_rel}. The patient is {pt_age90} and on
Medicare ({mbi}); the bill says insurance denied because of "{carc2_desc}". The patient moved to {new_street},
{new_city} last year - please use that address. I am the POA (on file since {d_sign}). My phone is {g_phone}.
{g_name}

--- reply from {clerk_name}, {d_dt} ---
Thank you. Address updated. The denial was {carc2}; we rebilled with the Medicare crossover and the balance
is on hold until {d_due}.""",
    ),
    "accounting_of_disclosures_letter": (
        """\
{d_letter}

{pt_name}
{pt_street} {pt_unit}
{pt_city}, {pt_state} {pt_zip}

Re: Accounting of disclosures - request {roi_no}, received {d_recv} (MRN {mrn})
As required by 45 CFR 164.528, these are the disclosures of your health information in the six years before your
request, other than for treatment, payment, operations, or ones you authorized:
Date          Recipient                                      Purpose
{dos}    {pt_county} Health Department                   communicable disease report
{d_mdy}    {atty_name}, {atty_firm} (case {court_case})     court order
{dos2}    workers' compensation carrier, claim {auto_claim}    WC claim
Questions: Privacy Office, {staff_phone}, {mgr_email}""",
        """\
AOD_EXPORT mrn={mrn} patient="{pt_caps}" requested_by={pt_email} ip={ip} requested_at={d_dt}
disclosure_date|recipient|recipient_address|authority|description|logged_by
{d_mdy}|{pt_county} Adult Protective Services|{fac_street}, {fac_city} {fac_zip}|45 CFR 164.512(c)|abuse/neglect report|{clerk_name}
{dos2}|{payer} SIU|fax {fax2}|45 CFR 164.512(f)|fraud inquiry ref {ref_no}|{clerk_name}
{dos}|coroner|-|45 CFR 164.512(g)|n/a - withdrawn|{clerk_name}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """\
DENIALS DASHBOARD - {fy}, month-end
Top reasons by dollars
  {carc1}  {carc1_desc}               {count2} lines   {amt_billed}
  {carc2}  {carc2_desc}               {count} lines    {amt_allowed}
  {carc3}  {carc3_desc}               {count} lines    {amt_small}
Overturn rate on first-level appeals: {pct}. Avoidable share: {pct_match}.
Owner: the Denials Management team lead. Next review at the {year} revenue cycle council.""",
    """\
CDI tip sheet - compliant queries ({pol_cdi})
A query must present the clinical indicators (for example {lab1}, {lab2}, {vital1}) and offer reasonable
options, including "other" and "unable to determine". Do not mention the financial impact (MS-DRG {drg1}
{drg1_desc} vs {drg2}). Sepsis-2 vs Sepsis-3: follow the facility definition adopted in {year}.
Escalate unanswered queries after 2 business days to the physician advisor.""",
    """\
CHARGEMASTER UPDATE - effective start of {fy}
Rev   CPT/HCPCS   Description                                     Old price     New price
{rev1}  {cpt1}       {cpt1_desc}             {amt_small}     {amt_fee}
{rev2}  {hcpcs1}     {hcpcs1_desc}           {amt_billed}    {amt_allowed}
{rev3}  {cpt2}       {cpt2_desc}             {amt_bal}       {amt_mo}
Modifier {mod1} no longer auto-appended. Questions to Revenue Integrity, {ext}.""",
    """\
FINANCIAL ASSISTANCE POLICY ({pol_fa}) - excerpt
Eligibility: household income at or below {fpl_pct} of the Federal Poverty Guidelines receives a {disc_pct}
discount; sliding scale up to 400%. Amounts generally billed (AGB) = {pct} of gross charges ({year} look-back).
Presumptive eligibility uses a propensity score; applications accepted for 240 days after the first
post-discharge statement, as required by IRC 501(r). Household of {hh_size}: annual limit {income}.""",
    """\
IVR SCRIPT - Patient Financial Services main line ({hours})
"Thank you for calling the billing office. For English, press 1; para español, oprima 2."
Main menu: {phone_tree}. Pay by phone: option 1. Payment plans: option 3 (routes to {ext}).
Financial assistance: option 4 (routes to {ext2}). Insurance questions: option 5. After {time}, callers
hear the after-hours message and the self-pay option. Average hold in {year}: {wait}.""",
    """\
UB-04 QUICK REFERENCE (CMS-1450)
FL 4 type of bill ({tob}, e.g. inpatient or outpatient); FL 42 revenue code ({rev1} {rev1_desc});
FL 44 HCPCS/rates ({hcpcs1}); FL 46 service units ({units}); FL 47 total charges ({amt_billed}).
FL 18-28 condition codes (e.g. 44, D9); {cond_code} per payer manual; FL 67 principal diagnosis ({icd1}); FL 74 principal procedure.
FL 56 billing provider NPI; FL 76 attending NPI - both required since {year}.""",
    """\
CMS-1500 (02/12) BOX GUIDE
Box 1a insured's ID; Box 11 insured's group number; Box 21 ICD indicator 0 and up to 12 codes ({icd1}, {icd2});
Box 24A dates of service; Box 24B place of service ({pos}); Box 24D CPT/HCPCS and modifiers ({cpt1}-{mod1});
Box 24G units ({units}); Box 24J rendering NPI; Box 33a billing NPI. Shaded area of 24 holds NDC ({ndc1}).""",
    """\
DME RENTAL RULES - capped rental items ({dme1}, {dme2})
Months 1-13 paid as rental with modifiers {dmod1}/{dmod2} as applicable; title transfers after month 13.
Oxygen: 36 monthly payments, then the supplier furnishes for up to 24 more months (rental lines deny if billed).
CPAP continued coverage requires use 4+ hours on 70% of nights in 30 consecutive days during days 31-90.
KX attests that coverage criteria are met; GA when an ABN (CMS-R-131) is on file.""",
    """\
AMBULANCE BILLING - mileage and level of service
{amb1} ({amb1_desc}) and {amb2} ({amb2_desc}). Bill loaded miles to the tenth ({miles}); round up only
below one mile. Origin/destination modifiers (RH, HR, RN ...). Physician certification statement required
for repetitive scheduled non-emergency trips. Rural bonus applies to ZIP codes flagged in the {year} file.""",
    """\
PAYER CONTRACT RATE SUMMARY - {payer} ({plan})
Inpatient: MS-DRG based, base rate {amt_bal}; outlier threshold {amt_billed}; {drg1} {drg1_desc}.
Outpatient: {pct} of Medicare OPPS; ED {rev1} per-visit case rate {amt_small}; implants (0278) at invoice + {pct_match}.
Timely filing {timely}; corrected claims within 180 days; appeals level 1 within 60 days.""",
    """\
CREDENTIALS COMMITTEE - agenda
1. Initial appointments: {count} files complete, 3 with NPDB reports (discussed in executive session)
2. Reappointments: {count2} practitioners; 2 with licence expiring within 30 days ({pol_mso})
3. FPPE results for new hospitalists - all met targets (LOS index 0.96, readmits {pct})
4. Locum tenens temporary privileges granted since last meeting: {units}
5. Bylaws amendment: telemedicine proxy credentialing, draft {policy_ver}""",
    """\
WORKQUEUE PRODUCTIVITY - week ending Friday, {fy}
Queue                         Accounts in   Worked   Avg touches   $ resolved
{queue}            {count2}          {count}       2.4           {amt_billed}
Claim status calls averaged {wait}; rep-reference capture rate {pct_match}.
Staff on the team: 11 FTE, 2 vacancies. Target: 45 accounts per FTE per day.""",
    """\
PA CRITERIA SUMMARY - GLP-1 agonists ({pbm})
Covered for E11.x type 2 diabetes when A1c >= 7.0% after 90 days of metformin, or metformin contraindicated.
Not covered for weight loss alone (E66.01, Z68.41) unless plan rider. {glp_desc} ({glp_ndc}): limit {glp_qty}.
Renewal: A1c reduction of at least 0.5% or at goal. Formulary status: {tier}. BIN {rxbin} / PCN {rxpcn}.""",
    """\
EMPI DATA QUALITY REPORT - {fy}
Potential duplicate pairs created: {count2}; resolved: {count}; duplicate rate {pct}.
Auto-link threshold score {empi_score}; manual review band 9.0-15.0. Overlays found: 2 (both ED quick-registration).
Palm-vein enrollment at registration: {pct_match} of outpatient arrivals; kiosk photo capture on since {year}.""",
    """\
PARKING RATES - visitor and patient garages
0-1 h free; 1-3 h {amt_small}; daily maximum {amt_fee}. Validated patients and one visitor: $5 per day.
Oncology, dialysis and infusion patients: free with appointment validation. Level 1 spaces 101-140 are
accessible parking. Lost ticket: daily maximum. License plate recognition cameras at all lanes since {year}.""",
    """\
RELEASE OF INFORMATION - fee schedule ({pol_roi})
Patient requests for own records: electronic copy flat fee {amt_fee}; paper {amt_small} plus postage.
Attorney and insurer requests: search fee {amt_fee}, per page per state statute, certification {amt_small}.
Subpoenas are logged within 1 business day; 14-day patient notice per 45 CFR 164.512(e). Turnaround target {count} days.""",
    """\
CODING NEWSLETTER - {fy}
- Parkinson's disease now has expanded codes (G20.A1, G20.A2, G20.B1); code dyskinesia and fluctuations.
- Graves' disease: E05.00 without crisis, E05.01 with crisis - add crisis only when documented.
- Sepsis: sequence A41.9 (or the organism code) first when present on admission; severe sepsis adds R65.2-.
- Also reviewed this month: {icd1} {icd1_desc}; {icd2} {icd2_desc}.
- Reminder: {cpt1} ({cpt1_desc}) with modifier {mod1} requires separate documentation.""",
    """\
TIMELY FILING LIMITS (from date of service unless noted)
Medicare Part A/B ........ one calendar year
{payer} ........ {timely}
{payer2} ........ 90 days from primary EOB
Medicaid FFS ............. 365 days; 12-month exception with proof of timely submission
Write-offs for {carc2} ({carc2_desc}) need manager approval over {amt_bal}.""",
    """\
RED FLAGS - medical identity theft (training, {pol_theft})
Warning signs: a photo ID that does not match the person; an insurance card without photo ID; a patient
who cannot give their own date of birth; a chart with conflicting blood types or allergies; portal logins
from unusual locations. Verify with two identifiers; palm-vein or photo capture at registration where
available. Escalate to the Privacy Office the same day. Completion target: {pct_match} of staff by {fy}.""",
    """\
PAYMENT PLAN GUIDELINES ({pol_pp})
Balance under $500: up to 6 months. $500-$2,499: up to 12 months. $2,500 and over: up to 24 months;
minimum payment {amt_mo}. No interest. Plans in default after 2 missed payments; one re-age allowed per
calendar year (since {year}). Patients at or below {fpl_pct} FPL are screened for assistance before any plan is offered.""",
    """\
CASE MIX REPORT - {fy}, quarter 3
Medicare CMI 1.84; all-payer CMI 1.62. Top MS-DRGs by volume:
  {drg1}  {drg1_desc}    {count2} cases   GMLOS 3.9
  {drg2}  {drg2_desc}    {count} cases    GMLOS 4.4
CC/MCC capture rate {pct_match}; {soi} average for the medicine service line. Patients aged {age_a}+: {pct}.""",
    """\
ERA AUTO-POSTING RULES
Group code CO: contractual, post as adjustment (CO-45 charge exceeds fee schedule).
Group code PR: patient responsibility (PR-1, PR-2, PR-3); transfer to secondary or self-pay.
Group code OA/PI: route to {queue}. RARC {rarc1} ({rarc1_desc}) holds the line for review.
Zero-pay 835s for {hcpcs1} go to the pharmacy revenue analyst. Batch limit {count2} claims per file.""",
    """\
MSP / COB RULES SUMMARY
Working aged: employer group health plan primary when employer has 20 or more employees and beneficiary is
65 or older; Medicare primary when fewer than 20. Disability: large group (100+) primary. ESRD:
group plan primary for a 30-month coordination period. Birthday rule for dependent children: parent whose
birthday falls earlier in the calendar year. Denials {carc2} usually mean a COB update is needed.""",
    """\
NDC TO HCPCS BILLING UNITS
{hcpcs1} {hcpcs1_desc}: {ndc1} ({ndc1_desc}) = {units} billing units per package.
{hcpcs2} {hcpcs2_desc}: {ndc2} ({ndc2_desc}).
Report NDC with qualifier N4 and unit of measure (UN, ML, GR). Discarded drug amounts: modifier JW;
none discarded: JZ. Pharmacy stock {lot_stock} recall - no patient impact.""",
    """\
ELIGIBILITY ERROR REPORT - {fy}
Payer                       270s sent    AAA errors    Top error
{payer}            {count2}         {count}            AAA*72 invalid member ID
{payer2}           {count2}         {units}            AAA*75 subscriber not found
Registration accuracy {pct_match}; target 98%. Errors on walk-in ED arrivals after {time}: {pct}.""",
    """\
ESTATE RECOVERY PROCEDURE ({pol_baddebt})
When a deceased patient has a self-pay balance over {amt_fee}, search the county probate index within 30
days. File a creditor claim before the claims bar date; request letters of administration. Do not contact
family members for payment unless they are personal representatives. Balances under {amt_small} are written off
to the small balance adjustment code. Patients aged 55 and older: check Medicaid estate claims ({cfr}).""",
    """\
FORMS INVENTORY - Patient Access and PFS print shop, {fy}
Stock forms re-ordered this quarter: {form1}; {form2}; MSP questionnaire (CMS-approved wording); ABN CMS-R-131.
Par levels: {count2} sheets per registration desk; {count} pads in the ED. Retire versions older than {year}.
Bilingual versions (English/Spanish) required for every patient-facing form; large-print on request.""",
)
