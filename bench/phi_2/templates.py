"""Templates for set 2: occupational, forensic and legal medicine documents.

``{key}`` placeholders are filled from ``values.identifiers`` (typed: gold spans) and
``values.lookalikes`` (untyped filler). No literal braces appear in the text itself.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "s2_preplacement_physical_summary": (
        """PRE-PLACEMENT MEDICAL EXAMINATION - EMPLOYER COPY
Clinic: {fac}    Exam date: {dos}    Policy {proc}
Candidate: {pt_lf}        DOB: {dob}        Employee/Applicant ID: {emp_id}
Home: {street}, {unit}, {city}, {state} {zip}   Cell {phone}
Position offered: heavy equipment operator, {org}
Hiring manager: {rep} (fax results to {fax})

Vitals: BP {bp}  HR {hr}  Ht {ht} in  Wt {wt} lb  BMI {bmi}
Vision (Snellen) {va} OU uncorrected; Ishihara 14/14.  Audiogram baseline on file.
Lift test: 50 lb floor-to-waist x {count2}, no limitation.
UDS: {panel}, collected {d_short}, results to MRO.

Determination: MEETS essential functions without restriction.
Examiner: {doc}, MD   NPI {npi}
cc: personnel file (not the medical file), {role}""",
        """Pre-employment physical -- {org2}
name {pt}   d.o.b. {dob_num}   SSN {ssn}
addr {street} / {city} / {zip}
seen {dos_num} by {doc_last}, PA-C at {fac}

hx: denies back injury. meds: {drug}. prior employer {org}; left {year}.
exam: {bp}, p {hr}, {sign} neg bilat, {grip}.
Hep B titer drawn ({loinc}); TB IGRA drawn, lab acc {lab_acc}.
Respirator medical clearance per 29 CFR 1910.134(e): cleared, no limitations.

Status: Cleared w/ restriction - {restr} pending ortho letter.
Forwarded to HR contact {rep}, {email2}, on {d2}.""",
        """CONDITIONAL OFFER MEDICAL REVIEW (ADA-compliant; stored separately)
Applicant {pt_caps} ({initials})   Applicant # {emp_id}
Date of birth {dob}   Phone {phone}
Address: {street}, {city}, {county}, {zip}

Reviewed by {doc} on {dos}. Records requested from {doc2} ({fac}); fax {fax}.
A1c {a1c}, fasting glucose {glu} mg/dL, cholesterol {chol}. ICD-10 {icd}.
Candidate may start {d2} - no restrictions. Charge {cpt} {money}.""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "s2_fitness_for_duty_letter": (
        """{fac}
Occupational Medicine Department

{d2}

Via fax {fax} and e-mail ({email2})
{rep}, Human Resources
{org}
{emp_street}
{city2}, {state} {zip2}

RE: Fitness-for-duty evaluation - {pt} (Employee ID {emp_id})

Dear {rep}:

At your request I examined {pt_first} on {dos} after the incident you described on {doi}. I reviewed the
job description (Policy {proc}) and records from {doc2}. {pt_last} reports taking {drug} as prescribed.
Exam: BP {bp}, {score}, {sign} normal. A functional capacity test was scheduled for {d_short}.

Opinion: fit for duty with the temporary restriction "{restr}" for {days} days, then re-evaluate.
Diagnosis details are withheld from this letter per ADA confidentiality.

Sincerely,
{doc}, MD, MPH
License {medlic}  |  {phone}""",
        """FFD NOTE - CONFIDENTIAL
Ee: {pt_lf}   ID {emp_id}   DOB {dob}   Dept: maintenance, {org}
Referred by supervisor {witness} on {doi} (unsafe behavior reported at {time2}).
Seen {dtm} by {doc}.  Collateral: spouse {relative} ({phone2}).
MSE: alert, oriented x4, {score}. BAC {bac} on {ebt_brand}. UDS {panel} sent, CCF # {ccf}.
Plan: NOT fit pending MRO result; EAP referral; return appointment {d2}.
Work status faxed to HR {fax} at {time}.""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "s2_mcsa5875_driver_exam": (
        """MEDICAL EXAMINATION REPORT FORM (for Commercial Driver Medical Certification)  MCSA-5875
SECTION 1 - DRIVER HEALTH HISTORY
Last Name: {pt_last}   First Name: {pt_first}   Date of Birth: {dob}   Age: {age}
Street Address: {street}   City: {city}   State: {state}   Zip Code: {zip}
Driver License Number: {cdl}   Issuing State/Province: {state}
Phone: {phone}   E-mail: {email}
CLP/CDL Applicant/Holder: Yes   Driver ID Verified By: CDL
Has your USDOT/FMCSA medical certificate ever been denied or issued for less than 2 years? No

SECTION 2 - EXAMINATION REPORT
Pulse {hr}  BP sitting {bp}  Height {ht} in  Weight {wt} lb
Vision: R {va}  L {va}  both {va}   Hearing: forced whisper R 5 ft, L 5 ft
Urinalysis: SG {sg}, protein neg, glucose neg  (not a drug test)
Epworth {score}; neck circ 17 in; sleep apnea screening per MRB 2016 recs; {icd} ruled out.

Medical Examiner's Name: {doc}   Date: {dos}
Medical Examiner's Address: {fac}, {street2}, {city2}
National Registry Number: {nrcme}   Medical Examiner's License or Certificate Number: {medlic}
Determination: meets standards - 2-year certificate; expires {exp}""",
        """DOT PHYSICAL - CLINIC WORKSHEET (transcribed)
DRIVER: {pt_caps}        DOB {dob_num}      CDL# {cdl}
EMPLOYER: {org} / DER {rep} {phone2}
ADDRESS {street} {unit} {city} {zip}
HX: HTN on {drug}; OSA on CPAP, compliance download {pct} nights >= 4 h, CPAP serial {device}.
BP {bp} -> recheck {bp}. {sign} normal. Hx {eponym} (stable).
Determination: meets standards, 1-year cert (HTN stage 1). Cert issued {dos}, exp {exp}.
ME: {doc_last}   NRCME {nrcme}   Fee {money}""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "s2_mcsa5876_certificate": (
        """MEDICAL EXAMINER'S CERTIFICATE (for Commercial Driver Medical Certification) MCSA-5876
I certify that I have examined
Driver's Name (Last, First): {pt_lf}
in accordance with the FMCSRs (49 CFR 391.41-391.49) and with knowledge of the driving duties,
I find this person is qualified; and, if applicable, only when:
[x] wearing corrective lenses   [ ] wearing hearing aid   [ ] accompanied by a waiver/exemption
Medical Examiner's Signature: (signed)   Medical Examiner's Name: {doc}
Medical Examiner's Telephone Number: {phone2}   Date Certificate Signed: {dos}
Medical Examiner's State License, Certificate, or Registration Number: {medlic}   Issuing State: {state}
National Registry Number: {nrcme}   Expiration Date: {exp}
Driver's License Number: {cdl}   Issuing State: {state}   Driver's Signature: ________
Driver's Address: {street}, {city}, {state} {zip}""",
        """Medical card copy received by safety dept.
Driver {pt} -- Unit #{count} (tractor VIN {vin}, plate {plate})
ME cert dated {dos_num}, expires {exp}; examiner {doc} (NR# {nrcme}).
Entered in DQ file {d2} by {rep}. CDL {cdl} verified in CDLIS; MVR pulled, {count2} points.
Next reminder email to {email} 30 days before expiry.""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "s2_faa_ame_exam_worksheet": (
        """AME EXAM WORKSHEET - FAA Form 8500-8 (MedXPress)
Applicant: {pt_lf}    MedXPress Confirmation #: {mid}
Date of Birth: {dob}   Address: {street}, {city}, {state} {zip}   Tel {phone}
Class of certificate applied for: {cls}    Pilot certificate no.: {airman}
Occupation: first officer   Employer: regional carrier (not named)
Total pilot time {count}00 hrs; past 6 months {count}0 hrs.
Item 18 answers: hay fever yes (on {drug2}), all else no.
Exam date {dos}. Ht {ht} Wt {wt}. BP {bp} HR {hr}. Distant vision {va} each eye. Color: Ishihara plates pass.
ECG not required this exam ({age} yrs). Hearing conversational voice at 6 ft pass.
Issued: {cls} medical, no limitations. AME {doc}, AME serial {medlic}.
Transmitted {dtm2} from workstation {ip}; applicant record {url}.""",
        """Note to file - deferred AME exam
{pt} (DOB {dob_num}, airman # {airman}) examined {dos}. History of SSRI use ({drug}).
Deferred to AMCS; packet uploaded {d2}; tracking {mid}. Applicant contact {email}.
Per 14 CFR 61.53, applicant may not exercise privileges of a medical certificate pending decision.
Prior AME: {doc2}, {fac}. Records release signed; fax from {fax} received {d_short}.
-- {doc}, Senior AME""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "s2_federal_ccf_transcript": (
        """FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM   {ccf_form}
SPECIMEN ID NO. {ccf}        LAB ACCESSION NO. {lab_acc}
STEP 1: COMPLETED BY COLLECTOR OR EMPLOYER REPRESENTATIVE
A. Employer Name, Address, I.D. No.: {org}, {emp_street}, {city2} {state}  FEIN {fein}
B. MRO Name, Address, Phone No. and Fax No.: {doc}, MD  {phone2}  fax {fax}
C. Donor SSN or Employee I.D. No.: {ssn}
D. Specify DOT Agency: FMCSA     E. Reason for Test: Post-Accident
F. Drug Tests to be Performed: THC, COC, PCP, OPI, AMP
G. Collection Site Address: {fac}, {street2}  Collector Phone No. {phone}
STEP 2: Temperature {temp_chk}   Split specimen collected: Yes
STEP 4: Collector {tech} - specimen released to courier FedEx, {dtm}
STEP 5: Donor name (print) {pt_caps}   Date of Birth {dob_num}   Daytime phone {phone}
Evening phone {phone2}   Date (Mo/Day/Yr) {dos_num}""",
        """[scanned CCF, OCR]  FEDERA L DRUG TEST1NG CUSTODY AND C0NTROL F0RM
SPEC1MEN lD N0. {ccf}
A. Emp1oyer Narne, Address: {org}  {emp_street}  {city2}
C. Donor SSN or Ernployee l.D. No.: {emp_id}
G. Co11ection Site: {fac}   Co11ector Ph0ne {phone}
STEP 5 Donor narne {pt_lf}   Date of Birth {dob_num}   Dayt1me ph0ne {phone2}
Co11ector: {tech}   {dtm}   ternp ok""",
        """CCF - COPY 2 (MRO)   spec id {ccf}
Employer: {org} (ID {fein})     Reason: Random     Panel: {panel}
Donor: {pt_lf}   EE ID {emp_id}   DOB {dob}   Tel {phone}
Collected {dtm} at {fac} by {tech}; observed: No; temp in range.
Lab: result POSITIVE - {cutoff}; accession {lab_acc}; certifying scientist {doc2}.
MRO: {doc}; interview pending. Copy 4 faxed to {fax}.""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "s2_mro_verification_log": (
        """MRO VERIFICATION WORKSHEET
Specimen ID: {ccf}    Lab Acc: {lab_acc}    Test reason: pre-employment
Donor: {pt}    DOB {dob}    Employee ID {emp_id}
Employer DER: {rep}, {org}, {phone2}
Lab report received {dtm}: non-negative, {cutoff}.
Call attempts:  {d_short} {time2} - LM on {phone};  {d2} - spoke with donor.
Donor states valid Rx: {drug}, Rx #{rx}, prescriber {doc2} (DEA {dea}), filled {d3} at pharmacy in {city}.
Pharmacy verified by phone {phone2}.
VERIFIED NEGATIVE. MRO {doc}. Reported to DER via secure portal {url} on {d2}.""",
        """mro_call_log.csv
spec_id,donor,dob,phone,attempt_dt,outcome,mro
{ccf},"{pt_lf}",{dob_num},{phone},{dtm},left message,{doc_last}
{ccf},"{pt_lf}",{dob_num},{phone},{dtm2},interviewed - safety concern ({drug2}),{doc_last}
# DER notified: {rep} <{email2}>; safety-concern letter {proc}; 5-day window per 49 CFR 40.131""",
        """MSH|^~\\&|LABSYS|TOXLAB|MROCASE|MRO|{dtm}||ORU^R01|{lab_acc}|P|2.5.1
PID|1||{ccf}^^^CCF||{pt_lf}||{dob_num}|F|||{street}^^{city}^{state}^{zip}||{phone}
ORC|RE|{ccf}|{lab_acc}||CM||||||||{npi}^{doc}
OBX|1|ST|{loinc}^Drug screen^LN||NEGATIVE||||||F
OBX|2|NM|2161-8^Creatinine^LN||{creat}||20-400||||F
NTE|1||Reason: random; employer {org}; MRO {doc}""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "s2_breath_alcohol_form": (
        """U.S. DEPARTMENT OF TRANSPORTATION (DOT) ALCOHOL TESTING FORM   {ccf_form}
STEP 1: TO BE COMPLETED BY THE BREATH ALCOHOL TECHNICIAN
A. Employee Name: {pt}   B. SSN or Employee ID No.: {emp_id}
C. Employer Name: {org}   Street: {emp_street}   City, ST Zip: {city2}, {state} {zip2}
DER Name and Telephone No.: {rep}  {phone2}
D. Reason for Test: Reasonable Susp.
STEP 3: Screening Test  Device: {ebt_brand}  Serial # {ebt}  Test # {count}  Time {time}  Result {bac}
Confirmation: Test # {count2}  Result {bac}
BAT Name: {tech}   Date {dos}
Remarks: 15-minute wait observed. Employee {pt_last} signed Step 4 at {time2}.""",
        """EBT printout (thermal, transcribed)
{ebt_brand} SN {ebt}
SUBJ: {pt_caps}
DL: {cdl}
DATE: {dos_num}  TIME: {time}
AIR BLANK .000  SUBJ TEST {bac}  AIR BLANK .000
OPERATOR {tech} / BADGE {badge}
AGENCY: {agency}  CASE {report_no}""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "s2_random_pool_selection_export": (
        """RANDOM SELECTION - {org} DOT/FMCSA pool - quarter run {d2}
Pool size {count}  Drug rate 50%  Alcohol rate 10%  Algorithm {ver}
emp_id   |name                     |dob        |cdl           |test  |notify_by
{emp_id}  |{pt_lf}|{dob_num}   |{cdl}|DRUG  |{d_short}
{badge}   |{doc2}|{dob2}|(non-CDL)     |ALC   |{d_short}
Selected list sent to {rep} ({email2}) from {ip}; collector site {fac}.""",
        """Random notification receipt
I, {pt}, employee # {emp_id}, was notified on {dtm} by {rep} to report immediately for a {panel}
collection at {fac}, {street2}, {city2}. Departed {time2}; arrived per collector {tech}.
Voiceprint check-in for the random line enrolled as {voice}. CCF {ccf}.""",
    ),
    # 10 -----------------------------------------------------------------------------------------
    "s2_wc_first_report_injury": (
        """EMPLOYER'S FIRST REPORT OF OCCUPATIONAL INJURY OR DISEASE   Form WC-1 ({ver})
Claim No.: {claim}   Carrier policy: (on file)   Employer FEIN: {fein}
EMPLOYEE: {pt_lf}   SSN: {ssn}   DOB: {dob}   Sex: F
Home address: {street}, {unit}, {city}, {county} {zip}   Phone: {phone}
Date of injury: {doi}   Time: {time2}   Date employer notified: {d_short}
Place of accident: loading dock, {emp_street}, {city2}
Nature of injury: laceration, left index finger ({icd})   Body part: hand
How did it happen? box cutter slipped while breaking down pallets
Treating physician: {doc}, {fac}   Hospitalized overnight: No   Lost time > {days} days: Yes
Prepared by: {rep}, safety coordinator, {phone2}   Date: {d2}""",
        """fax p.2/3  FROM: {fac}  FAX {fax}  TO: claims intake
FIRST REP0RT 0F INJURY -- EMPL0YEE C0PY
Narne: {pt_caps}     S S # {ssn}     D0B {dob}
Acldress: {street} {city} {zip}
Date 0f lnjury {doi}    Claim# {claim}
Ernployer {org}, {emp_street}, {city2}
Treat1ng Dr. {doc}    Lic# {medlic}
Descr: pt states he slipped on hydraulic fluid, fell onto R shoulder; {sign} pos.
Work status: {restr} until {d2}.""",
        """FROI EDI 148 (flat file, fixed width)
CLM={claim}        JUR={state} DOI={dob_num}  <- keyed in error, corrected to {doi}
EE_NAME={pt_caps}  EE_SSN={ssn}  EE_DOB={dob}
EE_ADDR={street}|{city}|{zip}
EMPR={org} FEIN={fein}  SITE={emp_street}|{city2}
MC=Y  NOI=52 (strain)  POB=42 (lower back)  ICD={icd}
PHYS={doc_lf}  NPI={npi}  FAC={fac}
CONTACT={email2}  SENT {dtm2}""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "s2_ime_report": (
        """INDEPENDENT MEDICAL EXAMINATION

Claimant: {pt}            Claim #: {claim}
Date of Birth: {dob}      Date of Injury: {doi}
Employer: {org}           Adjuster: {rep}, {email2}
Date of Exam: {dos_long}  Location: {fac}
Examiner: {doc}, MD, board certified PM&R (License {medlic})

Records reviewed: ED note {d3}; MRI lumbar spine {d_short} ({cpt}); PT notes x {count}; treating physician
{doc2} progress notes through {d2}.

History: Mr. {pt_last} states he was lifting a 70 lb drum when he felt a pop. He lives in {city} with his
mother, {relative}, and drives himself.
Exam: {sign} negative bilaterally; {sign2} 1/5; {grip}; ROM flexion 60 degrees.
Impression: lumbar strain ({icd}), at MMI. Impairment {rating} per AMA Guides 6th ed.
Work capacity: {restr}. Causation: within reasonable medical probability, work-related.""",
        """IME ADDENDUM - records review only ({d2})
Re: {pt_lf}  |  Claim {claim}  |  WCAB Case No. {docket}
Attorney for applicant: {atty}, fax {fax}
Carrier: (policy on file); claims examiner {rep}
After reviewing the surveillance video of {d_short} (claimant carrying groceries at a store in {city}),
my opinion on apportionment is unchanged: 80% industrial, 20% pre-existing ({icd2}).
{doc}, MD""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "s2_osha300_log_export": (
        """OSHA's Form 300 (Rev. 01/2004)  Log of Work-Related Injuries and Illnesses   Year {case_year}
Establishment: {org} - {city2} plant, {emp_street}
(A)Case  (B)Employee's name        (C)Job title   (D)Date of injury  (E)Where       (F)Describe
{osha_case}   {pt_lf}        welder         {doi}         bay 4          flash burn both eyes ({icd})
{osha_case2}   Privacy case             assembler      {d_short}         line 2         (privacy concern case)
{osha_case3}   {doc2}           forklift op    {d3}        dock           sprain R ankle
Days away: {days}   Job transfer/restriction: {count2}
Contact for log: {rep}, {phone2}""",
        """osha_300_extract.csv
case_no,employee_name,dob,date_of_injury,dept,description,days_away,restricted
{osha_case},"{pt_lf}",{dob_num},"{doi}",stamping,"amputation tip L ring finger - {icd}",{days},{count2}
{osha_case2},{witness},,"{d2}",warehouse,"hearing loss STS {sts} avg 2-3-4k",0,0
# OSHA 301 for first row: treating physician {doc}; ER at {fac}; employee home {street}, {city} {zip}""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "s2_respirator_fit_test": (
        """RESPIRATOR QUANTITATIVE FIT TEST RECORD  (29 CFR 1910.134 App. A)
Name: {pt}    Employee #: {emp_id}    Dept: paint line
Date: {dos}    Tester: {tech}    Instrument: {fitinst}
Respirator: {fit_model}  {lot}
Exercise FF: {fit_row}
Overall fit factor {fit}  (pass >= 100 half-face / >= 500 full-face)
Medical clearance questionnaire reviewed by {doc} on {d3}.
Employee photo on badge file {photo}.""",
        """FIT TEST CARD
{pt_caps}  EE# {emp_id}  DOB {dob_num}
Model: {fit_model}   Method: QLFT Bitrex   Result: PASS   Date {dos_num}   Next due {exp}
Tester {tech}  -  {org} safety office {phone2}""",
        """fit_test_export.csv  (site {fac}; exported {dtm2} by {tech})
emp_no,last,first,dob,test_date,model,size,method,ff,result,next_due,photo_ref
{emp_id},{pt_last},{pt_first},{dob_num},{dos_num},"{fit_model}",M,QNFT-CNC,{fit},PASS,"{exp}",{photo}
{badge},{doc_last},{nurse_first},,{dos_num},"{fit_model}",S,QLFT-saccharin,,FAIL-refit,,
# supervisor {rep} notified at {email2}; failed employee re-tested with size L""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "s2_hearing_conservation_audiogram": (
        """HEARING CONSERVATION AUDIOGRAM   29 CFR 1910.95
Employee: {pt_lf}   ID {emp_id}   DOB {dob}   Age {age}
Test date {dos}  Time since last noise exposure: {hrs} h   HPD: foam NRR {nrr}
Audiometer {audiometer}, last calibration {d3}; booth ambient OK.
Freq (Hz)  500 1000 2000 3000 4000 6000 8000
Right      {thr}
Left       {thr2}
Baseline {d_short}: STS R {sts} (age-corrected)  -> Standard Threshold Shift: YES (left)
Reviewed by audiologist {doc}, license {medlic}; employee notified in writing {d2}.
Hearing aid (personal) L ear, serial {device}.""",
        """Retest note - STS confirmation
{pt} (EE {emp_id}) retested {dos_num} at {fac}. Left STS confirmed, {sts}. Recordable per 29 CFR 1904.10:
entered OSHA 300 case {osha_case}. Referred to ENT {doc2}, phone {phone}. Employee's personal email for
results: {email}. Portal: {url}""",
        """AUDIOGRAM HISTORY (fixed width; {audiometer})
NAME: {pt_lf}   EMP {emp_id}   DOB {dob}   HOME {city}
TEST DATE      TYPE      R500 R1K R2K R3K R4K R6K R8K / L500 ... L8K
{d3}     BASELINE  {thr}
{dos}     ANNUAL    {thr2}
STS: {sts}   Reviewer {doc}   Notified {d2}""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "s2_ssa_consultative_exam": (
        """CONSULTATIVE EXAMINATION REPORT - INTERNAL MEDICINE
DDS Claim / RQID: {ssa_claim}        Claimant: {pt_lf}
SSN: {ssn}    DOB: {dob}    Date of Exam: {dos}
Claimant ID verified with state ID; photo taken for file ({photo}). Medicare/Medicaid: {medicaid}.
ERE link: {url} (opened from {ip})
Accompanied by: daughter, {relative}.  Claimant resides in {city}, {county}.

Chief complaints: low back pain, diabetes ({icd}), "my hands go numb".
Medications: {drug}; {drug2}.
Exam: BP {bp}, HR {hr}, Wt {wt} lb, BMI {bmi}. {sign} positive R. {grip}. Gait slow, no device.
Tandem walk unable. Squat 50%. Fine manipulation intact.
Medical source statement: can lift 20 lb occasionally; stand/walk 2 h of 8.
Examiner: {doc}, MD   (signed {d2})""",
        """DISABILITY DETERMINATION SERVICES - CE SCHEDULING NOTICE
{pt_caps}
{street} {unit}
{city} {state} {zip}
Your examination is set for {dtm} with {doc} at {fac}, {street2}.
Bring photo ID and list of medicines. Questions: {phone2}. Claim ref {ssa_claim}.
If you are over ninety or unable to travel, call us. (Claimant age on file: {age90}.)""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "s2_paramed_insurance_exam": (
        """PARAMEDICAL EXAMINATION - LIFE UNDERWRITING   Part B
Proposed insured: {pt}   Policy/App no. {policy}   Face amount {money2}
DOB {dob}   SSN {ssn}   DL {cdl} ({state})
Exam location: insured's home, {street}, {city} {zip}  on {dos}  {time2}
Examiner: {tech}, paramedical examiner ID {emp_id}
Ht {ht} in  Wt {wt} lb  BP {bp} / {bp} / {bp}  P {hr}
Blood/urine kit {kit}, shipped FedEx to lab, accession {lab_acc}
Tobacco last 12 mo: No.  Physician: {doc2}, {phone}.
Thumbprint captured for ID verification, template {bio}.""",
        """Paramed exam - senior applicant
Applicant {pt_lf}, age {age90}, DOB {dob_old}. Lives with son {relative} at {street}, {city}.
Cognitive screen {score}. Timed get-up-and-go 14 s. Kit barcode {kit}. Exam {dos_num}.
Agent: {rep}  agent email {email2}.  Underwriter call-back {phone2}.""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "s2_sane_exam_record": (
        """SEXUAL ASSAULT NURSE EXAMINER (SANE) RECORD - CONFIDENTIAL
Patient: {pt_lf}    MRN {mrn}    DOB {dob}    Age {age}    Ins ID {member} / Grp {group}
Date/time of exam: {dtm}    Date of assault: {doi} (approx {time2})
Location of assault (per patient): apartment at {street2}, {city}
Law enforcement: Det. {officer}, badge {badge}, {agency} case/report no. {report_no}
Advocate present: {nurse_first} from the crisis center.
Kit: {kit}  seal intact; swabs: oral, vaginal x2, perianal; fingernail scrapings.
Photo documentation: {count} images, series begins {photo}; body map completed.
Toxicology (DFSA) urine collected at {time}; {loinc}.
Prophylaxis: ceftriaxone 500 mg IM, doxycycline 100 mg BID, nPEP tenofovir/emtricitabine + dolutegravir x28 d. Home med: {drug2}.
Examiner: {nurse}, RN, SANE-A, license {medlic}""",
        """INSTRUCCIONES DE ALTA / DISCHARGE - Programa SANE
Paciente: {pt}    Fecha de nacimiento: {dob}    No. expediente: {mrn}
Fecha del examen: {dos}. Su enfermera examinadora fue {nurse_first}.
Próxima cita: {d2} a las {time2} en {fac}. Teléfono de la clínica {phone2}.
Medicamentos: PEP tenofovir/emtricitabina + dolutegravir 28 días; ceftriaxona 500 mg IM recibida.
Detective asignado: {officer} (placa {badge}), número de caso {report_no}.
Dirección segura para correo: {street}, {unit}, {city} {zip}.
Contacto de apoyo: {relative}, {phone}.""",
        """SANE follow-up call {d2}
Pt {pt_first} ({mrn}) reached at {phone}. Reports nausea with PEP. Reminded of 2-week f/u {d_short}.
Kit {kit} released to Det. {officer_last} ({badge}) {dtm2}. Pt safe address: {street}, {unit}, {city} {zip}.
-- {nurse}""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "s2_evidence_chain_of_custody": (
        """CHAIN OF CUSTODY - PHYSICAL EVIDENCE
Agency case # {report_no}     Item tag {evidence}     Kit # {kit}
Victim/Subject: {pt_lf}  DOB {dob}
Description: sealed SAECK box, {count2} envelopes, blood tube gray top ({lot})
Released by                 Received by                  Date/Time           Purpose
{nurse} RN                 Ofc. {officer} #{badge}  {dtm}    transport
Ofc. {officer_last} #{badge}     {tech} (property)           {dtm2}    storage, {room}
{tech}                     {witness} (state crime lab)  {d2} {time}    analysis, lab # {lab_acc}""",
        """EVIDENCE RECEIPT
Tag: {evidence}   Also tag {evidence2}
Submitted by {officer} (badge {badge}) from {fac}
Subject {pt_caps}   Vehicle involved: plate {plate}, VIN {vin}
Date collected {dos}; location {street2}, {city}, {county}
Condition: seal initialed {initials}.  Notes: per {proc}.
LIMS: {url}""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "s2_me_scene_investigation": (
        """MEDICAL EXAMINER INVESTIGATOR REPORT
ME Case: {me_case}        Reported: {dtm} by {officer}, {agency}
Decedent: {pt_lf}    Age {age90}    DOB {dob_old}
Residence: {street}, {unit}, {city}, {county} {zip}
Place of death: residence (bedroom)   Pronounced {dtm2} by EMS medic {tech}
Next of kin: {relative} (niece), {phone}; notified by investigator.
Scene: decedent supine, bed, TV on. Meds: {drug}, {drug2} (pill count {count}).
Pacemaker present (right chest); device interrogation requested, serial {device}.
Primary care: {doc2}, {fac}. Last seen alive {d_short}.
Identification: visual by niece + photo comparison ({photo}).
Investigator: {witness}""",
        """ME intake - phone
Call {dtm} from {officer} (Sgt., badge {badge}) re unattended death at {street2}, {city}.
Decedent believed {pt}, {age90w} years old. Hx {eponym}, {drug}. Found by neighbor {relative}.
Case # {me_case} assigned; body to morgue, {room}. Fingerprint ID requested: AFIS {bio}.
Release pending ID; funeral home contact {phone2}.""",
        """Narrative: On {d_short} at approximately {time2} the undersigned responded to a residence on
{street} in the {hood} neighborhood of {city} regarding the death of {pt}, a {age90}-year-old
resident who lived alone in {unit}. The decedent's grandson, {relative}, last spoke with him by phone
({phone}) the prior evening. {officer_last} of {agency} (badge {badge}) secured the scene. No signs of
forced entry. Prescriptions in the name of the decedent ({drug}, Rx {rx}) were from a pharmacy in
{city2}. Dr. {doc_last}, his primary physician, agreed to sign the certificate; case {me_case} was
released to the funeral home on {d2}. -- MLI {witness}""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "s2_autopsy_protocol": (
        """REPORT OF AUTOPSY
Case No. {me_case}          Name: {pt_caps}
Age: {age}   DOB: {dob}   Date of death: {doi}
Autopsy performed {dos} at {time} by {doc}, MD, Forensic Pathologist. Assisted by {tech}.
Authorized by ME statute; identification by fingerprints ({bio}).

EXTERNAL: {ht} in, {wt} lb. Tattoo "{relative_first}" on left forearm.
INTERNAL: heart {organ_w}; LAD 80% stenosis. Lungs R {weight_g}, L {weight_g}. Liver {weight_g}.
TOXICOLOGY (lab # {lab_acc}): ethanol {bac} g/100 mL; {cutoff}.
Evidence retained: blood cards, tag {evidence}.
CAUSE OF DEATH: hypertensive and atherosclerotic cardiovascular disease ({icd}).
MANNER: Natural.""",
        """AUTOPSY - PROVISIONAL ANATOMIC DIAGNOSIS
{me_case} / {pt_lf} / DOD {doi} / exam {dos_num}
1. Blunt force injuries of head (MVC, driver aged {age90}), {inch} laceration scalp.
2. Vehicle: VIN {vin}, plate {plate} (per {agency} crash report {report_no}).
3. Implanted insulin pump, serial {device}, retained as evidence {evidence}.
Pathologist {doc_last}; photographs {photo} through end of series.
Investigating trooper {officer}, badge {badge}.""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "s2_legal_blood_draw_record": (
        """LEGAL BLOOD ALCOHOL / DRUG DRAW - LAW ENFORCEMENT REQUEST
Requesting officer: {officer}   Badge/ID {badge}   Agency: {agency}
Warrant / implied consent: search warrant signed by Judge {judge}, {dtm}
Subject: {pt_lf}   DOB {dob}   DL# {cdl}
Vehicle: plate {plate}   Incident/Report # {report_no}
Drawn by: {nurse}, RN at {fac} ED, {room}, {dtm2}   Site: L antecubital; skin prep non-alcohol (povidone)
Tubes: 2 gray top, kit {kit}, sealed and initialed; evidence tag {evidence}
Subject's MRN here: {mrn}  (ED visit acct {acct})
Witness: {witness}""",
        """ED NURSING NOTE - {d_short} {time}
Pt {pt} arrived in custody of {officer} (#{badge}). BAC draw per warrant (Judge {judge}).
Specimen handed to officer at {time2}; officer signed hospital evidence log line {count}.
Pt refused medical care. Vitals {bp}, {hr}, GCS 15. MRN {mrn}.""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "s2_subpoena_roi_log": (
        """release_of_information_log.csv (HIM, exported {d2})
req_id,received,requester,type,patient,mrn,dob,dates_requested,status,fee
{report_no},"{d3}","{atty} / law office","subpoena duces tecum {docket}","{pt_lf}",{mrn},{dob_num},"{doi} - {dos}",sent,{money}
{rx},"{d_short}","{rep} (carrier)","WC authorization claim {claim}; member {member}","{pt_lf}",{mrn},{dob_num},all,pending,0.00
# delivered via secure link {url}; requester IP {ip}""",
        """SUBPOENA TRACKING SHEET
Court: {county} Circuit Court   Case/Docket No. {docket}
Caption: State v. {pt_last}
Served on custodian {nurse} {dtm} by process server {witness}
Records: ED {doi}, labs, blood draw log; patient {pt} MRN {mrn}
Attorney: {atty}, {phone}, {email2}
Response due {d2}; custodian affidavit signed; CD mailed to {street2}, {city2} {zip2}.
Patient notice letter sent to {street}, {city} {zip}.""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "s2_competency_eval_report": (
        """FORENSIC EVALUATION: COMPETENCY TO STAND TRIAL
Court: {county} District Court   Case No. {docket}   Judge {judge}
Defendant: {pt}   DOB {dob}   Booking # {booking}
Order dated {d3}. Evaluation {dos} at {jail}, {room}; {hrs} hours.
Sources: jail medical record ({mrn}), police report {report_no}, interview with mother {relative}.
Defense counsel: {atty}.  Prosecutor: ADA {witness}.
MSE: {score}. Understands charges; rational understanding impaired by fixed delusions.
Opinion: NOT presently competent; restoration likely with treatment ({drug}).
{doc}, PhD, ABPP (forensic)  License {medlic}""",
        """Competency restoration progress note - {d2}
Pt {pt_lf} (DOC/booking {booking}), docket {docket}. Day {days} of restoration.
Attends groups; {score}. Med adherence 100% ({drug}). Next court date {d_short}; report to Judge {judge}.
Writer {doc}.""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "s2_custody_evaluation_summary": (
        """CHILD CUSTODY EVALUATION - SUMMARY FOR THE COURT
In re the Marriage of {pt_last} and {relative}     Case No. {docket}
Petitioner: {pt}, {street}, {city} {zip}, {phone}
Respondent: {relative}, {street2}, {city2} {zip2}
Child: {child} {pt_last} (DOB {dob_child})   School: elementary in {hood}
Collateral: teacher {witness}; pediatrician {doc2}; grandmother (age {age90}).
Home visits {d3} and {d2}. Psychological testing {score}.
Recommendation: joint legal custody; primary residence with petitioner. Evaluator {doc}, PsyD.""",
        """Custody eval - collateral contact log
{d_short} {time2}  call w/ {witness} (coach), re child {child}. ok.
{d2}  email from respondent {relative} ({email}) with photos {photo}.
{dtm}  home visit {street}, {unit}, {city}; child's room seen.
case {docket} -- evaluator {doc}""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "s2_expert_witness_summary": (
        """EXPERT REPORT SUMMARY (Fed. R. Civ. P. 26(a)(2)(B))
Matter: {pt_last} v. {org}   Civil Action No. {docket}
Plaintiff: {pt}, DOB {dob}; injury {doi} at {emp_street}, {city2}
Retained by: {atty}
Expert: {doc}, MD, MPH (occupational medicine), NPI {npi}
Compensation: {money} per hour; deposition {money}. Prior testimony: {count2} cases in 4 years.
Records: {fac} chart {mrn}; OSHA 300 case {osha_case}; claim {claim}.
Opinion 1: silica exposure exceeded PEL (29 CFR 1910.1053); Opinion 2: diagnosis ({icd}) work-related.
Signed {d2}""",
        """Deposition excerpt, expert {doc} (taken {dos})
Q. Doctor, you saw Ms. {pt_last} only once, on {d3}, correct?
A. Yes, at my office at {street2} in {city2}.
Q. And her date of birth is {dob}?
A. That is what her chart, number {mrn}, says. She cares for her mother, who is {age90}.
Q. You reviewed the {form} dated {d_short}?
A. I did. Claim {claim}.  (Reporter: {witness}, CSR {medlic})""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "s2_jail_intake_screening": (
        """RECEIVING SCREENING - {jail}
Booking #: {booking}   Inmate/SO #: {inmate}   Arresting agency: {agency}, Ofc. {officer} #{badge}
Name: {pt_lf}   AKA "{pt_nick}"   DOB: {dob}   Booked {dtm}
Live scan fingerprints: {bio}    Booking photo: {photo}
Medications brought: {drug} (Rx #{rx}, {city} pharmacy). Medicaid ID {medicaid}
Alcohol/withdrawal: last drink {time2} today; CIWA 6. Suicide screen: neg. TB symptom screen neg.
Emergency contact: {relative}, {phone}
Screened by {nurse}, LPN. Referred to provider {doc} for {icd}.""",
        """JAIL MEDICAL INTAKE (CAPS EXPORT)
BKG {booking}  NAME {pt_caps}  DOB {dob_num}  SSN {ssn}
ADDR {street} {city} {zip}
AGE {age}  HT {ht}  WT {wt}  BP {bp}  P {hr}
ANKLE MONITOR REMOVED AT INTAKE, SERIAL {device}
IRIS ENROLL {iris}  PHOTO {photo2}
NURSE {nurse}  {dtm}""",
        """JMS|INTAKE|{booking}|{inmate}|{pt_lf}|{dob_num}|{cdl}|{street}|{city}|{zip}|{agency}|{badge}|{dtm}
MED|TB_SX=N|SI=N|WD_RISK=Y (CIWA 12)|PREG=NA|MEDS={drug}|ALLERGY=NKDA
ID|LIVESCAN={bio}|MUGSHOT={photo}
NOK|{relative}|{phone2}
SCREENER|{nurse}|RN""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "s2_post_accident_email_thread": (
        """From: {rep} <{email2}>
To: {email}
Sent: {dtm}
Subject: Post-accident testing - unit {count}, {city}

{pt_first}, after this morning's collision on {street2} you must complete a post-accident drug test
within 32 h and alcohol within 8 h (49 CFR 382.303). Go to {fac} ({phone2}). Bring your CDL ({cdl}).
Truck VIN {vin} is tagged out of service.

> On {d_short}, {pt} <{email}> wrote:
> I'm ok. Cop was Ofc {officer_last}, report {report_no}. My cell {phone}.
--
Sent from portal {url} (session IP {ip})""",
        """Subject: RE: drug test result - {pt_lf}
From: {doc} (MRO) <{email2}>
Date: {d2}
Result for specimen {ccf}: NEGATIVE-DILUTE (creat {creat}, SG {sg}). Per 49 CFR 40.197, the employer may
direct an immediate recollection under direct observation. Donor {pt_first} lives in {city}; nearest
site {fac}. Login from {ip} flagged for MFA.""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "s2_wc_claim_adjuster_notes": (
        """CLAIM DIARY - {claim}
Claimant {pt_lf}  DOB {dob}  SSN {ssn}  Member ID (group health) {member}, group {group}
{d3}  FROI received from employer ({org}); FEIN {fein}.
{d_short}  3-pt contact: claimant at {phone}; employer {rep}; treating {doc} ({fac}) fax {fax}.
{d2}  TTD started {money}/wk. Nurse CM {nurse} assigned.
{dtm2}  Recorded statement, claimant ref'd address {street}, {city} {zip}. Vehicle at scene plate {plate}.
Reserve {money2}; next diary {exp}. Docs: {url}""",
        """WC bill review line items - claim {claim}
DOS {dos_num}  {cpt}  {money}  rev {rev}  provider NPI {npi}  pt acct {acct}
DOS {dos_num}  {hcpcs}  {money3}  NDC {ndc}  {drug}
Patient {pt}, {county}; adjuster {rep}; PPO reduction {pct}.""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """DOT DRUG AND ALCOHOL TESTING POLICY SUMMARY ({proc})
Testing follows 49 CFR Part 40. Panel: {panel}. Cutoffs: {cutoff}. Alcohol screening on {ebt_brand};
a result of {bac} or higher requires a confirmation test after a 15-minute wait.
Questions go to {role}. Form: {ccf_form}.""",
    """OSHA Form 300A Summary - year {year}
Total cases with days away: {count2}   Job transfer or restriction: {count}   Other recordable: {count}
Total days away: {days}   Annual average employees: {count}0   Hours worked: {count}4,000
Certified by the plant manager. Post February 1 to April 30. Ref 29 CFR 1904.32.""",
    """Audiometer daily biological check ({audiometer}) - tech initials only
Freq 500-8000 Hz: {thr}. Within 10 dB of baseline. Booth ambient noise within ANSI S3.1 limits. Ver {ver}.""",
    """Respirator program annual review. Models issued: {fit_model}; {lot}. Pass criteria: fit factor {fit}
or greater. Medical evaluation per 29 CFR 1910.134. {count} employees fit tested; {count2} failed and were refitted.""",
    """MRO interview script, page 2 ({ver}): "Do you take any prescription medicines such as {drug}?"
If donor reports {drug2}, request pharmacy verification. Safety concern letters use template {proc}.""",
    """DOT physical clinic checklist: BP under 140/90 for 2-year card; 140-159/90-99 = 1 year.
Vision {va} or better each eye. Whispered voice 5 ft. Urinalysis SG {sg}. Fee {money}. CPT {cpt}.""",
    """FAA medical classes: {cls} for pilots over {age2} requires ECG at 35 and annually after 40.
Special issuance letters reference 14 CFR 67.401. Color vision by Ishihara plates. Form FAA 8500-8; {eponym} noted if abnormal.""",
    """Collector training log: mock collections x5 ({proc}). Temperature strip read within 4 minutes.
Specimen volume {amt_g} minimum for split. Shipping container {lot}. Courier pickup {time}.""",
    """Workers' comp fee schedule excerpt: {cpt} {money}; {cpt2} {money3}; {hcpcs} {money4}; rev code {rev}.
Dispensed NDC {ndc} capped at AWP + {pct}. {drg} for inpatient care.""",
    """Forensic pathology weekly stats: {count} autopsies, {count2} external exams, {days} pending tox.
Average heart weight {organ_w}. Backlog target 90 days. SOP {proc}.""",
    """SANE program supply check: kits restocked ({lot}), ceftriaxone 500 mg vials x{count2}, {drug}.
Colposcope bulb replaced. Photo-documentation camera policy {proc}. Room {room} cleaned {time}.""",
    """Evidence room audit: {count} items inventoried, {count2} discrepancies resolved. Temperature of
{room} 3.4 C. Procedure {proc}. Next audit in {days} days.""",
    """Jail medical protocol: alcohol withdrawal CIWA > 10 -> chlordiazepoxide 50 mg. Opioid withdrawal
COWS monitoring q4h; {drug2} continued if verified. {icd}, {icd2}. Policy {proc} ({ver}).""",
    """Competency evaluation template ({ver}): sections - referral question, sources, MSE, testing
({score}, {score2}), psycholegal opinion. Typical duration {hrs} hours. Fee {money}.""",
    """Hearing conservation: STS = average change of 10 dB or more at 2000, 3000, 4000 Hz. Example
shift {sts}. HPD NRR {nrr} derated by 50%. Reference 29 CFR 1910.95(g).""",
    """SSA CE panel guidance: grip by dynamometer ({grip}); report ROM in degrees; include {sign}
and {sign2} if relevant; note {eponym} if alleged. Invoice {cpt} {money}. Forms SSA-3368 and SSA-827.""",
    """Paramedical exam kit contents: 2 SST tubes, 1 urine cup ({lot}), shipping box. BP taken x3;
average recorded, e.g. {bp}. Pulse {hr}. Age {age} applicants need EKG. Fee {money}.""",
    """Blood alcohol legal draw policy ({proc}): do not use alcohol prep; gray-top tubes ({lot});
nurse documents time drawn ({time}); officer retains specimen. ICD {icd}.""",
    """Fitness-for-duty referral criteria ({ver}): observed impairment, safety-sensitive role, return
from leave > {days} days. {role} completes the referral. Restriction codes: {restr}.""",
    """Expert witness fee schedule: review {money4}/h; deposition {money3}; trial {money2} per day.
Retainer due before review. Prior testimony list updated {year}.""",
    """Drug test result summary (de-identified, quarterly): {count} negatives, {count2} positives,
{count2} dilute. Most common analyte: {cutoff}. Random rate 50%. {panel}.""",
    """Injury care protocol: laceration repair {cpt}; tetanus {ndc}; follow-up in {days} days.
First aid vs recordable per 29 CFR 1904.7. Vitals template: BP {bp}, HR {hr}, SpO2 {spo2}, T {temp}.""",
    """Custody evaluation scheduling rules: 3 parent interviews, 1 home visit each, collateral calls
x{count2}. Testing: {score}. Report due in {days} days. Fee deposit {money2}.""",
    """Medical examiner jurisdiction memo: deaths reported at {time2} or after hours go to {role}.
Natural deaths of those {age} and older with a PCP may be released. Form ME-1 ({ver}).""",
    """DOT random pool statistics {year}: {count} drivers; {pct} selected; {count2} refusals. Third-party
administrator audit {ver}. MVR review costs {money}.""",
    """Spirometry QC (respirator clearance clinic): FEV1 {fev1} predicted; 3 acceptable maneuvers;
LOINC {loinc}; SNOMED {snomed}. Spirometer calibration syringe 3 L.""",
)
