"""Document styles for planted set P: HIV, viral hepatitis and sexual and reproductive health programmes.

``TEMPLATES`` maps a note type to 2-3 templates; ``NEGATIVE_TEMPLATES`` hold look-alike keys only.
Placeholders are ``{key}``: keys from ``values.identifiers`` become gold spans, keys from
``values.lookalikes`` are filler. No literal braces appear in any template text.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 -------------------------------------------------------------------------------------------
    "sp_rw_eligibility_recert": (
        """RYAN WHITE HIV/AIDS PROGRAM - 6-MONTH ELIGIBILITY RECERTIFICATION   {form}
Agency: {org} ({rw_part}, grant {grant})   Site: {fac_town}

Client name: {pt_lf}            CAREWare URN: {urn}
DOB: {dob}     SSN: {ssn}     Client ID: {client_id}
Address: {street}, {unit}
         {city}, {st} {zip}
Phone: {phone}    May we leave a message? Y
Recert due: {d5}     Self-attestation of no change: N (income changed)

HOUSEHOLD
 Name                     Relationship   Age   Income
 {pt_fl}                  self           {age}    {money2}
 {rel}                    grandmother    {age90}     {money}
Household size {hh_size}; FPL {fpl} (eligible <= 500%)

Insurance: Medicaid {mcaid}; Medicare MBI {mbi}
Proof of residency: utility bill, acct {util_acct}, dated {d3}
Photo ID on file: {photo2} (driver license {dl})

Eligibility specialist: {cm}  {email_cm}   Date: {visit}
ICD-10 {icd}; last VL {vl} on {d4}; CD4 {cd4}.""",
        """Recertification note - RW {rw_part}
{visit_num} {time}  Specialist {cm} met with {pt} ("{nick}") at the {city} office for annual
recert. Client brought pay stubs (employer ID {emp_id}) showing {money2}/yr, a lease for {street}
({county}), and a new Marketplace card: member {mbr}, group {grp}. SSN verified ({ssn}).
Client lives with father {rel}, age {age90}, who is homebound. Eligible at {fpl} FPL.
Next recert window opens {md}. Call client back at {cell}.
CW URN {urn} / case {case_no}. Viral suppression documented ({vl_lim}, {loinc}).""",
        """RWHAP CLIENT ELIGIBILITY SUMMARY (export)
URN|CLIENT_ID|LAST|FIRST|DOB|ZIP|COUNTY|FPL|RECERT_DATE|INS_ID|SPECIALIST
{urn}|{client_id}|{pt_hl7_last}|{pt_hl7_first}|{dob_num}|{zip5}|{county}|{fpl}|{d3}|{mcaid}|{cm}
Notes: household member {rel2} is {age90} yrs; client phone {phone}; email {email}.
Reviewed by {doc} on {d4}. Funding: {grant}, {b340}.""",
    ),
    # 2 -------------------------------------------------------------------------------------------
    "sp_adap_enrollment_app": (
        """STATE AIDS DRUG ASSISTANCE PROGRAM (ADAP) - NEW ENROLLMENT
Submitted online {dtime} from IP {ip}   Confirmation: {url}
1. Applicant: {pt}   Other names used: {nick}
2. Date of birth: {dob}     3. SSN: {ssn}
4. Residential address: {street} {unit}, {city}, {st} {zip}
5. Mailing address (if different): {po_box}, {city2} {zip2}
6. Phone (cell): {cell}   Email: {email}
7. Insurance: none / Medicaid pending ({mcaid})
8. Prescriber: {doc}, NPI {npi}, phone {phone2}, fax {fax}
9. HIV diagnosis documented: {d1} ({hiv_ab}); current regimen {regimen}
10. Voice PIN enrolment for refill line: voiceprint {voice}
11. Photo ID upload: {photo2}
Program use only: ADAP ID assigned {adap_id}; effective {d5}; formulary tier {units}. Clinic {clinic_code}.""",
        """ADAP enrolment worksheet (paper, keyed by {cm})
Nombre / Name: {pt_caps}          Fecha de nacimiento: {dob}
Direccion: {street}, {city} {zip}    Condado: {county}
Tel: {phone}   Fax del medico: {fax}
SSN: {ssn}    Seguro / Insurance: {mbr} grp {grp}
Medico: Dr. {doc_last}  (lic. {lic}, DEA {dea})
Income {money2}/yr, household {hh_size}, FPL {fpl}
ADAP # {adap_id}   Pharmacy: {org} NCPDP {ncpdp}
Signed {visit} - e-signature audit: {ip} at {time}, doc link {url2}""",
    ),
    # 3 -------------------------------------------------------------------------------------------
    "sp_hiv_primary_care_progress": (
        """HIV PRIMARY CARE - PROGRESS NOTE
Patient: {pt}    MRN: {mrn}    DOB: {dob}    Visit: {visit}
PCP/HIV provider: {doc}   Clinic: {fac_town}, {room}

S: {age90}-year-old long-term survivor (dx {year}) on {regimen}, here for 6-mo f/u. Adherence {pct_adh} by
pill count. Lives alone at {street}, daughter {rel} ({phone}) checks in daily. Uses a Dexcom G7, sensor
serial {dev_sn}. No OIs; remote hx {eponym}.
O: BP {bp}, HR {hr}, T {temp}, Wt {wt}. CD4 {cd4} ({cd4pct}), HIV-1 RNA {vl} ({d3}). Cr {cr}, eGFR {egfr}.
Genotype {d2}: {geno}, {geno2}.
A/P: {icd} - continue {regimen}. Labs q6mo ({loinc}, {loinc2}). RTC {md} with Dr. {doc2_last}.
Electronically signed {doc}, NPI {npi}  {dtime}""",
        """ID CLINIC NOTE  {clinic_code}
{pt_caps}   MRN {mrn}   FIN {fin}
{visit_num}
{pt_first} is a {age}-yo with HIV ({icd}), CD4 nadir {cd4n} in {year}. Last VL {vl_n} copies ({vl_lim} assay).
Switched from {regimen2} to {regimen} on {d2} because of {geno}. Partner {partner_first} is on PrEP.
Pt asked that results go to {email} only; do not call home ({phone}).
Plan: VL in 4 wks, {cpt}, {cpt2}. Seen with {role}. -- {doc_init}, MD""",
        """Continuity visit / aging-with-HIV clinic
Name: {pt}; chart {mrn}; age {age90n}; DOB {dob}.
Accompanied by son {rel2} (HCPOA). Home: {street}, {city} {zip}.
Frailty screen done; {eponym} ruled out. VL {vl}; CD4 {cd4}.
Meds reconciled incl. {regimen}. Refills to {org}, Rx {rx}.
Medicare {mbi}. Return {d5}. Signed {doc}, {dtime}.""",
    ),
    # 4 -------------------------------------------------------------------------------------------
    "sp_viral_load_tracking_csv": (
        """# vl_tracking_export.csv  generated {dtime}  clinic={clinic_code}  by {rn}
mrn,last,first,dob,zip,regimen,vl_date,vl_result,vl_log,cd4,suppressed,next_due,case_mgr
{mrn},{pt_hl7_last},{pt_hl7_first},{dob_num},{zip5},"{regimen}",{d3},{vl_n},{vl_log},{cd4n},{pct},{d4},{cm}
# specimen {spec}; accession {acc}; LOINC {loinc}; reporting lab CLIA {clia}
# out-of-care flag: last contact {d6}, phone {phone}""",
        """VIRAL LOAD TRACKING LOG - NOT SUPPRESSED LIST ({vl_lim} threshold 200)
MRN       Patient                 Last VL     Date         Outreach
{mrn}  {pt_lf}   {vl_n}   {d3}   {cm_first} called {cell} on {md}, no answer
{mrn2}  (same pt, merged chart)
Address on file {street}, {city}; last visit {visit}. Regimen {regimen}; genotype {geno}.
Letter mailed {d4}; text to {phone2}. DIS referral? {role2}.""",
    ),
    # 5 -------------------------------------------------------------------------------------------
    "sp_prep_clinic_intake": (
        """PrEP INTAKE                                      {fac_town}
Legal name: {legal}      Name used: {chosen}      Pronouns: they/them
DOB {dob}   MRN {mrn}   Ins: {mbr} (group {grp})
Address {street} {unit}, {city} {zip}   Cell {cell}   Email {email}
Sexual hx: partners x{units} past 3 mo; last condomless RAI {md}. Partner {partner_first} HIV+, VL {vl_lim}.
Baseline: {hiv_ab}, {rpr}, {gc_ct}, Cr {cr}, eGFR {egfr}, {hbv}.
Plan: start {prep}. Rx {rx} sent to {org}. Next labs {d5} (3-mo). Copay card {copay_id}.
Navigator: {cm} ({email_cm}).  Provider: {doc}, NP  NPI {npi}  {visit}""",
        """PrEP navigation intake - phone
Call {dtime}, {minutes} min. Caller {pt_fl} (prefers {nick}), DOB {dob}, from {nbhd} in {city}.
Heard about PrEP at {org}; wants injectable. Uninsured; screened for PAP ({pap_id}).
Callback {phone}; ok to text. Appt booked {d5} {time2} with {doc}. Labs at {city2} draw station.
ID {study_id} (DOXY-PEP registry consent given).""",
    ),
    # 6 -------------------------------------------------------------------------------------------
    "sp_prep_lab_monitoring_log": (
        """PREP LAB MONITORING LOG                     page 1 of 1    printed {dtime}
PT: {pt_caps}   MRN: {mrn}   DOB: {dob_num}   Provider: {doc_last}
DATE        TEST                     RESULT                       LOINC     ACC#
{d1}  HIV Ag/Ab 4th gen        {hiv_ab}   {loinc}   {acc}
{d2}  Creatinine / eGFR        {cr} / {egfr}                    {loinc2}   {spec}
{d3}  Syphilis                 {rpr}                 20507-0
{d4}  GC/CT NAAT 3-site        {gc_ct}
{d6}  HCV Ab                   nonreactive                  {kit_lot}
Next due: {md}.  Kit lot {kit_lot2} ({kit}) exp {kit_exp}.  RN {rn}""",
        """CAB-LA (Apretude) injection & lab log - {pt}  ({mrn})
inj#  date         site        lot         HIV RNA       by
1     {d1}   L glute     {vax_lot}      TND          {rn_first}
2     {d2}   R glute     {kit_lot}     TND          {rn_first}
3     {d3}   L glute     {kit_lot2}     {vl_lim}        {rn_first}
Window {units} days; next {md}. Missed-dose call to {cell}. Ins {mbr}. PA ref {pa}.""",
    ),
    # 7 -------------------------------------------------------------------------------------------
    "sp_pep_urgent_visit": (
        """URGENT CARE - nPEP VISIT    Arrived {dtime}   {room}
{pt} ({age} y), MRN {mrn}, DOB {dob}. Exposure {md} approx {time2} - receptive anal, source
unknown status. Also needle-stick? no. Presented within {units} h.
Baseline {hiv_ab}; {hbv}; Cr {cr}; hCG {hcg}.
Started {pep}; first dose in clinic {time}. Starter pack lot {kit_lot} (stock).
f/u {d5} at {fac_town}; ph {phone}. Emergency contact {rel} {phone2}.
Drove self - vehicle plate {plate} (parking validation). Attending {doc}, NPI {npi}.""",
        """PEP follow-up telephone encounter
{visit} - RN {rn} spoke with {pt_first} at {cell}. Day {units} of 28 of {pep}, mild nausea.
Repeat HIV test due {d5} and {d6}. Confirmed address {street}, {city} {zip} for mailed kit.
Pharmacy {org}, Rx {rx}; copay card ID {copay_id}, BIN {bin}, PCN {pcn}, group {copay_grp}.
Reviewed with {doc}. {icd} / {icd2}.""",
    ),
    # 8 -------------------------------------------------------------------------------------------
    "sp_hcv_treatment_start": (
        """HEPATITIS C TREATMENT INITIATION
Patient: {pt}   DOB: {dob}   MRN: {mrn}   Age: {age90}
Referred by {doc2} ({fac_town}). Dx {icd} since {d1}.
HCV RNA {hcv_rna}, genotype {hcv_geno}; FIB-4 {fib4}, APRI {apri}, elastography {kpa}. {eponym}.
ALT {alt}, AST {ast}, Plt {plt}. {hbv}.
Plan: {hcv_rx}; start {d5}. Specialty pharmacy referral {ref_no}; PA {pa}.
Caregiver niece {rel} - {phone}. Lives at {street}, {city}.
SVR12 lab due {d6}. Signed {doc}, {dtime}.""",
        """HCV clinic (SSP-embedded) note
{visit_num}: {pt_first} {pt_last} ({nick}), SSP code {ssp_code}, MRN {mrn}. Injects daily; using {gauge} syringes.
RNA {hcv_rna}; {hcv_geno}; Child-Pugh A; FIB-4 {fib4}.
Starting {hcv_rx}. Medicaid {mcaid}. Cell {cell}. Weekly pickup at {city} site; DOT by {role}.
Reinfection counselling. Next: {md}. -- {doc}""",
    ),
    # 9 -------------------------------------------------------------------------------------------
    "sp_hcv_specialty_pharmacy_onboarding": (
        """SPECIALTY PHARMACY REFERRAL / ONBOARDING FORM           FAX TO: {fax}
Pharmacy: {org}  (NCPDP {ncpdp}, NPI {fac_npi})
PATIENT
 Name: {pt_lf}   DOB: {dob}   Sex: M F X
 Address: {street}, {unit}, {city}, {st} {zip}
 Home {phone} / Cell {cell}   Email: {email}
 Primary ins: {mbr}  Group {grp}   Rx BIN {bin} PCN {pcn}
 Secondary: Medicaid {mcaid}
PRESCRIBER
 {doc}  NPI {npi}  DEA {dea}  State lic {lic}
 Office fax {fax2}
CLINICAL: HCV {hcv_geno}, RNA {hcv_rna}, F{units}; {hcv_rx}; NDC {ndc}; ICD {icd}
Welcome call done {d5} by {pharm}; first fill shipped {d6}, tracking portal {url}.
Referral # {ref_no}   PA # {pa}   Claim {claim}""",
        """Onboarding call note - specialty pharmacy
{dtime}  {pharm}, PharmD, reached {pt} (DOB {dob_num}) on {cell}.
Verified ship-to: {street}, {city} {zip}. Signature required; alternate recipient {rel}.
Benefit investigation: {mbr}, copay {money}; manufacturer copay ID {copay_id} grp {copay_grp}.
Foundation grant {pap_id}. Start {hcv_rx} on {d5}. Prescriber {doc} fax {fax}.
Rx {rx}. Enrolled in text reminders ({phone}).""",
    ),
    # 10 ------------------------------------------------------------------------------------------
    "sp_titlex_fp_visit": (
        """TITLE X FAMILY PLANNING VISIT       {fac_town}   Grant {titlex_grant}
Client: {pt}   Client #: {client_id}   DOB: {dob}   Visit: {visit}
Sliding fee: {fpl} FPL, {money}. Confidential - do not bill parent's insurance ({mbr}).
Preferred contact: {cell} (text OK), no mail to {street}.
G/P {gp}, LMP {lmp}. {hcg}. BP {bp}, BMI {bmi}.
Method counselling (tiered): chose {larc}. {hcpcs}. Implant lot {dev_lot}, serial {dev_sn}.
STI: {gc_ct}; {rpr}. Z-codes {icd}, {icd2}.
Provider {doc}, CNM   {dtime}""",
        """FP visit (adolescent)  {visit_num}
{pt_first}, {age} y, {tanner}. Came alone; minor-consent rules reviewed. Mom {rel_first} not aware.
Discussed {contra}; chose Depo - given {dose}, lot {vax_lot} (clinic stock). Next inj window {md}-{d5}.
School: student ID {student_id} (for excuse note only). Text {cell}. MRN {mrn}.
Seen by {doc}; chaperone {rn}.""",
    ),
    # 11 ------------------------------------------------------------------------------------------
    "sp_larc_device_log": (
        """LARC DEVICE LOG - {fac_town}
Date/time    Patient (MRN)            Device          Lot        Serial/UDI                 Clinician
{dtime}  {pt_lf} ({mrn})  {larc}  {dev_lot}  {udi}  {doc_last}
Action: INSERT {hcpcs}; CPT {cpt}. Removal due {d5}. Stock re-order lot {kit_lot} (not this pt).
Patient notified of recall hotline; contact {phone}.""",
        """IUD/implant insertion procedure note
{pt} | DOB {dob} | MRN {mrn} | {visit}
Pre: hCG {hcg}; {gc_ct}. Consent signed.
Device: {larc} - LOT {dev_lot}, S/N {dev_sn}, UDI-DI {udi_di}. Sounded to {units} mm? n/a.
Post-procedure card given with serial. Follow-up string check {md}.
Operator {doc} (NPI {npi}); assistant {rn}. {icd} {cpt}""",
        """Implant removal/reinsertion - {pt_fl}, {mrn2}
Removed {larc} inserted {d1} (old serial {dev_sn2}). New device lot {dev_lot}, serial {dev_sn}.
Palpable, {eponym} n/a. Pt phone {cell}. Clinic {clinic_code}. Signed {doc}, {visit}.""",
    ),
    # 12 ------------------------------------------------------------------------------------------
    "sp_pregnancy_options_counsel": (
        """PREGNANCY OPTIONS COUNSELING NOTE        confidential
Client {pt} ({mrn}), DOB {dob}. Seen {visit} by {cm}, counselor.
Urine hCG positive; serum hCG {hcg}. LMP {lmp} -> GA {ga} by dates; EDD {edd}.
Options discussed non-directively: parenting, adoption, abortion. Client undecided.
Referrals given: prenatal ({fac_town}) and {org}. Fax referral to {fax}.
Support person: {partner} ({phone}). Safety screen negative. {icd}.
F/u call {md} at {cell}.""",
        """Options counselling - referral sheet (printed)
Name: {pt_caps}   Fecha: {visit}
GA {ga} (US {d2}); {gp}; Rh neg? no.
Referred to: {fac_town}, {street2}, {city2} {zip2}   ph {phone2}   fax {fax}
Transport: voucher {voucher}. Client ph {cell}. Counselor {cm}. {icd} {icd2}.""",
    ),
    # 13 ------------------------------------------------------------------------------------------
    "sp_sti_clinic_visit": (
        """STD CLINIC VISIT - {fac_town}     Clinic {clinic_code}
Patient: {pt}     Record # {mrn}     DOB {dob}     Date {visit}
CC: dysuria x{units} d. Partners {units} in 60 d incl. {partner_first} and {partner2_first}.
Exam: urethral discharge; no chancre. Gram stain GNID.
Tx: {dose}; {dose}. EPT for partner(s) - see EPT form {ept_no}.
Labs: {gc_ct}; {rpr}; {hiv_ab}. Specimen {spec}.
Contact: {cell}; address {street}, {city} {zip}. DIS {cm}.
{icd_sti}, {icd}. Clinician {doc}.""",
        """express STI visit (testing only) {visit_num} {time}
pt {pt_lf}, dob {dob_num}, MRN {mrn}, ins {mcaid}. Self-swab x3. Results by portal {url} or call {phone}.
Email on file {email}. Doxy-PEP discussed ({dose}). Next visit {md}. -- {rn}""",
    ),
    # 14 ------------------------------------------------------------------------------------------
    "sp_ept_partner_rx": (
        """EXPEDITED PARTNER THERAPY (EPT) PRESCRIPTION
For partner of index patient {pt} (MRN {mrn}, dx {d1}, {icd_sti})
Partner name (if known): {partner}    DOB: {md}
Partner address: {street}, {city} {zip}
Medication: {dose}  Qty 1  Refills 0  Rx {rx}
Prescriber: {doc}, NPI {npi}   Phone {phone2}   Fax {fax}
EPT # {ept_no}. Info sheet given (English/Spanish). Dated {visit}.""",
        """EPT dispensing log  {clinic_code}
index: {pt_caps} ({mrn})    date {visit}
partner 1: {partner}  - meds handed to index; Rx {rx}
partner 2: {partner2_first} (last name unknown) - Rx sent to {org}, fax {fax}
partner 2 phone given by index: {phone}
prescriber {doc_init} (lic {lic}). Lot {kit_lot} (clinic stock, azithro 1 g).""",
    ),
    # 15 ------------------------------------------------------------------------------------------
    "sp_gender_affirming_letter": (
        """{fac_town}
{street2}, {city2}, {st} {zip2}   Tel {phone2}   Fax {fax}

{visit}

To the surgical team of Dr. {doc2}:

RE: {chosen_full} (legal name on insurance: {legal}); DOB {dob}; MRN {mrn}; member ID {mbr}

I am writing in support of {chosen}'s request for chest reconstruction. I have known {chosen} since
{d1} and have provided care for {dsm}. They have been on {hormone} since {year} with stable labs
({labs_e2}). Criteria of the WPATH SOC 8 are met. Please contact me at {email_doc}.

Sincerely,
{doc}, LCSW   License {lic}""",
        """Letter of medical necessity - gender-affirming surgery (revision)
Patient: {chosen_full} (legal: {legal})   DOB: {dob_num}   Policy: {mbr}, group {grp}
Prior breast augmentation {d2}: implants serial L {dev_sn} / R {dev_sn2}. Capsular contracture ({eponym} ruled out).
Hormones {hormone}. BMI {bmi}. Seen {visit}. Address {street}, {city} {zip}.
{doc}, MD, NPI {npi}.  cc: {cm}""",
    ),
    # 16 ------------------------------------------------------------------------------------------
    "sp_name_marker_change_letter": (
        """{visit}

{county} Probate Court - Name Change Petition {court_no}

To whom it may concern,

This letter confirms that my patient {chosen_full}, currently listed as {legal} (born {dob},
birth certificate no. {bc}), has received clinically appropriate treatment for gender transition
and that the gender marker on identity documents should read X / F / M as requested.
Current address: {street}, {unit}, {city} {zip}. Photo attached: {photo}.
Driver license {dl}; passport {passport}.

{doc}, MD   License {lic}   NPI {npi}
{fac_town}   {phone2}""",
        """Support letter request - worksheet
Chosen name: {chosen}   Legal name: {legal}   Dead name do not use in lobby.
DOB {dob}; MRN {mrn}; ph {cell}; email {email}
Docs needed: DMV marker change (DL {dl}), SSA ({ssn}), passport ({passport}).
Court case {court_no}, hearing {d5}. Photo for ID {photo}.
Letter drafted by {doc} on {d4}; reviewed with {cm}.""",
    ),
    # 17 ------------------------------------------------------------------------------------------
    "sp_ssp_client_encounter": (
        """SYRINGE SERVICES PROGRAM - ENCOUNTER
Site: {nbhd} ({city})   {van}   Date: {visit}   Time: {time}
Client code: {ssp_code}   Fingerprint UID: {bio}   Nickname: {nick}
Syringes out: {syringes} ({gauge}); returned: {units}. Naloxone: {nalox}, lot {kit_lot} (stock).
Wound check L forearm. Referred HCV testing ({kit}, lot {kit_lot2}): reactive -> RNA to {org}.
Client sleeping in car, plate {plate}, parked behind {street}. Outreach worker {cm}.
Photo ID card issued: {photo}.""",
        """SSP participant log (CSV)
code,bio_id,date,site,syr_out,syr_in,naloxone,hcv,hiv,worker
{ssp_code},{bio},{d3},{city},{syringes},{units},1,{hcv_rna},{hiv_ab},{cm_first}
{ssp_code},{bio},{d4},{zip5},{syringes},0,0,,,{rn_first}
note: client gave cell {cell} for HCV result; vehicle {plate} ({year} sedan).""",
    ),
    # 18 ------------------------------------------------------------------------------------------
    "sp_340b_copay_card_form": (
        """340B / COPAY ASSISTANCE RECONCILIATION - ENROLLMENT        Covered entity {b340}
Entity: {org}   TIN {tax_id}   Contract pharmacy NCPDP {ncpdp}
Patient: {pt}     DOB: {dob}     MRN: {mrn}
Drug: {art_brand} ({ndc})    Qty 30    WAC {money2}
Primary: {mbr}  Grp {grp}
Copay card: ID {copay_id}   Group {copay_grp}   BIN {bin}   PCN {pcn}
Claim #: {claim}    Date of service: {d3}    Patient pay {money}
Enrolled online at {url} from {ip} on {dtime2}
Prescriber {doc} (NPI {npi}); eligible 340B encounter {fin}.""",
        """Copay card re-enrolment call
{visit} {time2}. {pharm} (340B pharmacy tech) called {pt_fl} at {phone}.
Card expired {md}; new ID {copay_id}, group {copay_grp}. Max benefit {money2}/yr.
Acct {acct}. Confirmed mailing {street}, {city} {zip}. Fax confirmation to {fax}.""",
    ),
    # 19 ------------------------------------------------------------------------------------------
    "sp_linkage_to_care_note": (
        """LINKAGE TO CARE - NEW DIAGNOSIS
Client: {pt} ({pt_first} prefers "{nick}")   DOB {dob}   eHARS state # {stateno}
Preliminary positive {d1} at {fac_town} ({kit}, lot {kit_lot}); confirmatory {hiv_ab} {d2}.
Accession {acc}. Linkage specialist {cm} accompanied client to intake {d3} with {doc}.
Rapid start {regimen} same day. First VL {vl}, CD4 {cd4}.
Barriers: no car (impounded, plate {plate}), housing at {street}. Grandmother {rel} ({age90}) at home.
Contact {cell}; backup {phone2} (aunt). Linked within {units} days. Z21 / {icd}.""",
        """Linkage follow-up  {visit_num}
{pt_lf} - MRN {mrn}. Attended 2nd visit {d4}. Bus pass issued ({voucher}).
Case transferred to {cm} at {fac_town}; phone {phone}; email {email_cm}.""",
    ),
    # 20 ------------------------------------------------------------------------------------------
    "sp_medical_case_mgmt_note": (
        """MEDICAL CASE MANAGEMENT PROGRESS NOTE      RW {rw_part}   Acuity {units}
Client: {pt}  URN {urn}  DOB {dob}
Date {visit}  Contact: home visit, {street} {unit}, {city}
Met with client and mother {rel} ({age90}, on oxygen). Reviewed ADAP ({adap_id}) and Medicaid ({mcaid}).
VL {vl} on {d3}. Missed appt {md}; rescheduled {d5} with Dr. {doc_last}.
Client's car ({vin}) repossessed - transportation referral made.
Next contact {d6}. {cm}, MCM  ({phone2}).""",
        """MCM note - phone
{dtime}: {cm_first} called client {pt_fl} at {cell}. Client reports eviction notice; landlord {rel2}.
Housing referral to {org}; HOPWA case {case_no}. SSN on file {ssn} (for housing app).
Viral load {vl_n} ({d4}). Regimen {regimen}. Plan: accompany to {fac_town} on {d5}.""",
    ),
    # 21 ------------------------------------------------------------------------------------------
    "sp_anon_testing_log": (
        """ANONYMOUS HIV/HCV TESTING LOG     site {clinic_code}   {van}
test date   anon code      kit            lot        result        tester
{d1}  {anon_code}   {kit}   {kit_lot}   {hiv_ab}   {rn_first}
Client declined name. ZIP given {zip5}. Results by code only at {fac_town}.
Confidential-switch: client later gave name {pt_fl} and phone {phone} for linkage ({d2}).""",
        """Confidential testing - self-test kit order (online)
Order {dtime2} IP {ip}   kit {kit}   ship to {street}, {unit}, {city} {zip}
Name {pt}   email {email}   DOB {dob_num}
Order ID {anon_code}; tracking {url}. Follow-up text {cell}. Reviewed by {cm}.""",
    ),
    # 22 ------------------------------------------------------------------------------------------
    "sp_dis_partner_services_record": (
        """PARTNER SERVICES FIELD RECORD          FR # {field_rec}    State # {stateno}
Original patient: {pt_caps}   DOB {dob}   Dx {icd_sti} {d1}
Partner: {partner}   Nickname: {nick}   approx age {age}
Locating info: {street}, {nbhd}, {city} {zip}; works at {org}; cell {phone}
Vehicle: {year} pickup, plate {plate}
Disposition: A - preventive tx {d3} ({dose}). DIS {cm}. Supervisor {doc2}.""",
        """DIS interview notes {visit}
IP {pt_lf} named 2 partners: {partner} (met via app, handle only) and {partner2} ({phone2}).
Partner 2 address {street2}, {city2}. Field visit {d5}; no answer; left card.
Case {case_no}. {rpr}. DIS {cm}.""",
    ),
    # 23 ------------------------------------------------------------------------------------------
    "sp_hl7_hiv_vl_result": (
        """MSH|^~\\&|LAB|{clinic_code}|EHR|HIVCLINIC|{visit_hl7}||ORU^R01|{units}|P|2.5.1
PID|1||{mrn}^^^MRN||{pt_hl7_last}^{pt_hl7_first}||{dob_hl7}|U|||{street}^^{city_caps}^{st}^{zip5}||{phone}|||||{acct}|{ssn}
PV1|1|O|{room}||||{npi}^{doc_last}
OBR|1||{acc}|{loinc}^HIV-1 RNA QUANT|||{visit_hl7}
OBX|1|NM|{loinc}^HIV-1 RNA||{vl_n}|copies/mL|{vl_lim}||||F
OBX|2|NM|{loinc2}^CD4||{cd4n}|cells/uL|500-1500||||F
NTE|1||Reference lab CLIA {clia}. Result called to {rn} {dtime}.""",
        """ORU^R01 (pretty-printed)
Patient ........ {pt_caps}
MRN ............ {mrn}
DOB ............ {dob_num}
Specimen ....... {spec}  collected {dtime}
Test ........... HIV-1 genotype ({loinc})
Result ......... {geno}, {geno2}
Ordering ....... {doc} NPI {npi}
Copy to ........ {fac_town}, fax {fax}""",
    ),
    # 24 ------------------------------------------------------------------------------------------
    "sp_telehealth_prep_audit": (
        """TelePrEP visit - audit trail
session {url}
{dtime2}  patient join   {pt_fl}   IP {ip}   device iOS
{dtime2}  provider join  {doc}   IP {ip2}
voice-verified login: {voice}
Pt located at {street}, {city} {zip} (required for licensure in {st}).
Visit {visit}: refill {prep}; labs ordered home kit {kit}. MRN {mrn}. Ph {phone}.""",
        """Patient portal access log - {pt} ({mrn})
timestamp              ip               action
{dtime2}   {ip}    login (fingerprint unlock, template {bio})
{dtime}   {ip2}    viewed result HIV-1 RNA
{d5}         {ip}    message sent to {doc}
Email alert sent {email}. Profile photo {photo}.""",
    ),
    # 25 ------------------------------------------------------------------------------------------
    "sp_transport_mileage_reimb": (
        """RW MEDICAL TRANSPORTATION - MILEAGE REIMBURSEMENT REQUEST      {form}
Client: {pt}   URN {urn}   Appt date {d3}   Destination {fac_town}
From {street}, {city} {zip}  ->  {street2}, {city2}   Round trip {miles} mi @ $0.67 = {money}
Vehicle owner: {rel}  Plate {plate}  VIN {vin}
Driver license {dl}; proof of insurance policy on file.
Approved by {cm} {visit}. Paid by check to client acct {acct}.""",
        """Transportation log  {rw_part}
date      client            plate       VIN                 mi     gas card
{d4}  {pt_lf}  {plate}  {vin}  {miles}  {voucher}
{d5}  (same)            {plate}  -                   {miles}
Call {cell} for pickup. Logged by {cm_first}.""",
    ),
    # 26 ------------------------------------------------------------------------------------------
    "sp_pharmacy_pickup_biometric": (
        """ADAP PHARMACY PICKUP - IDENTITY VERIFICATION
Pickup {dtime}   Patient {pt}   DOB {dob}   ADAP ID {adap_id}
Verified by palm-vein scan {palm}; fingerprint fallback {bio}. Photo on file {photo}.
Rx {rx} {regimen}; {ndc}; 30 DS. Copay {money}.
Picked up by: self / agent {rel} (DL {dl}).
Pharmacist {pharm}; counselling offered. Store NCPDP {ncpdp}.""",
        """Will-call signature log
Rx         patient         verify         signature time
{rx}   {pt_lf}   palm {palm}   {time}
{rx}   {pt_lf}   fp {bio}   {dtime}
photo {photo}; phone {phone}; ins {mbr}. Tech {pharm}.""",
    ),
    # 27 ------------------------------------------------------------------------------------------
    "sp_perinatal_hiv_referral": (
        """PERINATAL HIV REFERRAL
Mother: {pt}   DOB {dob}   MRN {mrn}   {gp}   GA {ga}   EDD {edd}
HIV dx {d1}; on {regimen}; VL {vl} ({d3}); CD4 {cd4}. {hbv}. hCG {hcg} at intake.
Delivery planned {fac_town}. Infant ppx plan per protocol. Partner {partner} (status unk).
Great-grandmother {rel} ({age90}) will help at home, {street}, {city}.
Case mgr {cm}, {phone2}; fax {fax}. Medicaid {mcaid}. {icd} {icd2}.""",
        """Perinatal HIV exposure - infant follow-up
Infant of {pt_lf} (mother MRN {mrn}); infant MRN {mrn2}; born {d4}.
HIV DNA PCR {d5}: not detected. Next {md}. Caregiver {rel2}, {cell}.
Home {street}, {city} {zip}. Pediatric ID {doc}.""",
    ),
    # 28 ------------------------------------------------------------------------------------------
    "sp_hbv_screen_fax_cover": (
        """FAX COVER SHEET
To: {doc2}   Fax: {fax}     From: {doc}   Fax: {fax2}   Phone: {phone2}
Date: {visit}   Pages: {units}
RE: Hepatitis B screening/vaccination - {pt} (DOB {dob}, MRN {mrn})
{hbv}; anti-HCV nonreactive. Heplisav-B dose 1 {d2}, lot {vax_lot} (stock). Dose 2 due {md}.
Please reply to {email_doc}. CONFIDENTIALITY NOTICE applies.""",
        """fax cover  {fac_town}
TO {doc2_last} FAX {fax}
FROM HBV coordinator {cm}  PH {phone2}  FAX {fax2}
pt {pt_caps} MRN {mrn} - HBsAg result attached; {hbv}. Acct {acct}.""",
        """FAX C0VER SHEET   (scanned, OCR)
T0: {doc2}        Fax:  {fax}
Frorn: {cm}       Ph0ne: {phone2}
Pat1ent Narne: {pt_ocr}      MRN: {mrn_ocr}
D0B: {dob_num}     Date: {visit_num}
Hep B surface Ag / anti-HBs: see attached. {hbv}
Pages: {units}    Accessi0n {acc}    C0NFIDENTIAL""",
    ),
    # 29 ------------------------------------------------------------------------------------------
    "sp_client_portal_message": (
        """Secure message - thread {units}
From: {pt} <{email}>
Sent: {dtime}
Subject: my PrEP refill / lab results

hi this is {pt_first} (DOB {dob_num}), can you send my Descovy to the pharmacy by my new place at
{street} {unit} in {city}? my new number is {cell}. also I saw my HIV test on {d3} was negative,
thanks Dr. {doc_last}
--- reply from {rn} ({dtime2}): sent Rx {rx}; next labs {d5}. Link: {url}""",
        """Portal message (Spanish)
De: {pt_fl} <{email}>  Fecha: {visit}
Hola, soy {pt_first}. Mi carga viral del {d3} salio {vl_n}? Me mude a {city2}, {zip2}. Tel {cell}.
Respuesta de {cm} ({email_cm}): su resultado es {vl}; cita {d5} con Dr. {doc_last}.""",
    ),
    # 30 ------------------------------------------------------------------------------------------
    "sp_hopwa_housing_referral": (
        """HOPWA / HOUSING REFERRAL
Applicant {pt}   DOB {dob}   SSN {ssn}   URN {urn}
Current: unstably housed - sleeping in vehicle (plate {plate}) near {nbhd}, {city}
Last address {street}, {unit}, {city} {zip}; landlord {rel2} {phone2}
Household: self; grandfather {rel} age {age90}
Income {money2}; FPL {fpl}. Case {case_no}. Referred by {cm} {visit}. Contact {cell} / {email}.""",
        """Housing assessment (VI-SPDAT) {visit_num}
{pt_lf}, {county}. Score {units}. Vehicle {year} van VIN {vin}. Utility acct {util_acct} in arrears {money}.
HOPWA case {case_no}; MCM {cm}; phone {phone}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """HIV PRIMARY CARE - TEMPLATE (no patient loaded)
Regimen {regimen}; CD4 {cd4} ({cd4pct}); HIV-1 RNA {vl}, log {vl_log}. Assay lower limit {vl_lim}.
Genotype: {geno}, {geno2}. Cr {cr}, eGFR {egfr}. BP {bp}, HR {hr}, T {temp}.
Codes {icd}, {icd2}; CPT {cpt}; LOINC {loinc}. Seen by {role} at {time}. {eponym} excluded.""",
    """RYAN WHITE {rw_part} PROGRAM SUMMARY {year}
Grant {grant}; 340B ID {b340}; TIN {tax_id}. Clients served {units}; suppression {pct}.
Eligibility ceiling 500% FPL; average household {hh_size}; median income {money2}. {form}; {policy}.""",
    """ADAP FORMULARY UPDATE {year2}
Added {art_brand} (NDC {ndc}) and {brand2}. Dispensing fee {money}. Processor BIN {bin}, PCN {pcn}.
Pharmacy network NCPDP {ncpdp}; facility NPI {fac_npi}. Effective for fiscal year {year2}. {policy}.""",
    """PrEP STANDING ORDER  {policy}
Eligible adults and adolescents >= 35 kg. Baseline {hiv_ab}; Cr within 30 days; {hbv}.
Start {prep}. Labs q3mo: HIV Ag/Ab ({loinc}), Cr ({loinc2}), STI NAAT. CPT {cpt}, {cpt2}. ICD {icd}.
Age {age} and older: check eGFR ({egfr} threshold 30). Approved by {role}, {year}.""",
    """nPEP quick guide (posted in {room})
Start within 72 h: {pep}. Baseline {hiv_ab}, {hbv}, Cr {cr}, hCG {hcg}. Follow-up at 4-6 weeks and 12 weeks.
Starter pack stock lot {kit_lot}, exp {kit_exp}. Call {role} (ext {ext}).""",
    """HCV TREATMENT PROTOCOL {policy}
Simplified treatment: {hcv_rx}. Pre-tx FIB-4 {fib4}, APRI {apri}, elastography {kpa}. {eponym}.
Genotype {hcv_geno} not required. ALT {alt}, AST {ast}, Plt {plt}. SVR12 at week {weeks}. ICD {icd}.""",
    """SPECIALTY PHARMACY WORKFLOW {ver}
Benefit investigation -> PA -> copay assistance ({bin}/{pcn}) -> welcome call -> ship.
NDC {ndc}; average WAC {money2}; foundation cap {money}. Turnaround {units} h. {org}, NCPDP {ncpdp}.""",
    """TITLE X CLINIC DAILY TALLY   {clinic_code}   Grant {titlex_grant}
Visits {units}; LARC {units}; {larc} x{units}; {contra} x{units}. Sliding fee collected {money}.
Codes: {icd}, {icd2}, {icd3}; {hcpcs}; CPT {cpt}. Counselling by {role}. {form}.""",
    """LARC STOCK LOG (clinic inventory - not patient devices)
{larc}: lot {kit_lot}, exp {kit_exp}, qty {units}; {contra}: lot {kit_lot2}, qty {units}.
{hcpcs}. Reorder threshold {units}. Room temp log OK; fridge {fridge} F at {time}. Checked by {role}.""",
    """PREGNANCY OPTIONS - COUNSELING GUIDE
hCG {hcg}; GA {ga}; {gp}. Non-directive counseling for all three options.
Mifepristone 200 mg then misoprostol 800 mcg buccal up to 10w0d. Rh testing per {policy}. ICD {icd}.""",
    """STD CLINIC TREATMENT GUIDE {year2}
GC: {dose}. CT: {dose}. Syphilis: Bicillin L-A 2.4 MU IM; {rpr}. {eponym}.
Codes {icd_sti}, {icd}; CPT {cpt}; {hcpcs}. Tested {units} patients in {time2} session.""",
    """EPT FACT SHEET (partner copy)
Take all 4 tablets at once ({dose}). Do not have sex for 7 days. Side effects: nausea, diarrhea.
If you have {eponym} symptoms, see {role}. Form {form}. Kit stock lot {kit_lot}.""",
    """GENDER-AFFIRMING HORMONE PROTOCOL
{hormone}. Target {labs_e2}. Monitor K+, lipids, Hgb q{units} months. {dsm}.
BMI {bmi}, BP {bp}. Tanner staging for adolescents ({tanner}). {policy}; reviewed {year}.""",
    """NAME AND GENDER MARKER CHANGE - RESOURCE LIST
Steps: court petition, SSA update, DMV, passport (DS-11 / DS-82). Fee {money}; fee waiver available.
{org} offers legal clinic on {time2}. Letters provided by {role}. {form}.""",
    """SSP MONTHLY REPORT {year2}
Encounters {units}; syringes distributed {syringes}x{units}; returned {pct}. {nalox} kits {units}.
{gauge} most requested. HCV rapid ({kit}, lot {kit_lot}) reactive {pct}. {van} operated {units} days.""",
    """340B COMPLIANCE AUDIT SAMPLE
Covered entity {b340}; TIN {tax_id}; contract pharmacy NCPDP {ncpdp}. Sample {units} claims.
NDC {ndc}; WAC {money2}; 340B price {money}. Diversion findings: 0. {policy}. Auditor: {role}.""",
    """LINKAGE METRICS Q{units} {year2}
New diagnoses {units}; linked within 30 days {pct}; rapid start {pct}. Median CD4 {cd4}; median VL {vl}.
Kits: {kit} lot {kit_lot}, {kit_name} lot {kit_lot2}. {grant}.""",
    """CASE MANAGEMENT ACUITY SCALE {ver}
Domains scored 1-4: housing, transport, adherence ({pct_adh}), mental health ({phq}), substance use ({audit}).
Acuity {units} -> contact monthly. {form}; {policy}. Reviewed by {role2}.""",
    """ANONYMOUS TESTING SITE PROCEDURE
Rapid test {kit} (lot {kit_lot}, exp {kit_exp}); read at 20 min. Reactive -> {kit_name} confirmatory.
Counsel {minutes} min. Clinic {clinic_code}. CLIA {clia}. {policy}.""",
    """PARTNER SERVICES QUALITY REPORT {year}
Index cases {units}; partners named {units}; notified {pct}. Disposition codes A-H.
Preventive tx: {dose}. {rpr}. {icd_sti}. DIS caseload {units}. Supervisor: {role}.""",
    """HL7 INTERFACE SPEC - HIV RNA RESULT  {ver}
OBX-3 {loinc}^HIV-1 RNA; OBX-5 numeric; OBX-6 copies/mL; OBX-7 {vl_lim}.
OBX-3 {loinc2}^CD4; reference 500-1500 cells/uL. Sending facility code {clinic_code}. CLIA {clia}.""",
    """TELEHEALTH PrEP PROGRAM FAQ
Visits by video ({minutes} min). Home lab kit ({kit}). Refill {prep}. Copay card BIN {bin}.
Licensure in {st} required. Support hours {time} to {time2}. Platform version {ver}.""",
    """TRANSPORTATION SERVICE CATEGORY RULES {rw_part}
Mileage rate $0.67/mi; max {miles} mi round trip; gas cards {money}. {van} schedule posted.
Form {form}; {policy}. Approved by {role}.""",
    """PERINATAL HIV GUIDELINE SUMMARY
Maternal {regimen}; VL at 36 wk; if VL > 1000 consider IV zidovudine. GA {ga}. {gp}.
Infant ppx x{weeks} wk. Codes {icd}, {icd2}. {eponym}. Reviewed {year}.""",
    """HBV VACCINE CLINIC - STOCK & DOSES
Heplisav-B lot {vax_lot}, exp {kit_exp}; Engerix-B lot {kit_lot}. {hbv}. CPT {cpt}; {ndc}.
Doses given today {units}. Fridge {fridge} F at {time}. {role}.""",
    """CLINIC QUALITY DASHBOARD {year2}
Suppression {pct}; retention {pct}; PrEP persistence {pct}; LARC uptake {pct}. Average age {age}.
CD4 < 200 share {cd4pct}. {drg}; revenue code {rev}; SNOMED {snomed}. Patients aged {age2} and under excluded.""",
)
