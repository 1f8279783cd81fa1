"""Document styles for planted set E: primary care and internal medicine outpatient practice.

``TEMPLATES`` maps a note type to 2-4 templates; ``NEGATIVE_TEMPLATES`` use look-alike keys only.
``{key}`` is filled from ``values.identifiers`` (gold) and ``values.lookalikes`` (filler).
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "se_annual_physical_note": (
        """ANNUAL PREVENTIVE EXAM - ESTABLISHED PATIENT
Patient: {pt_lfm}    DOB: {dob}    Sex: {sex}    MRN: {mrn}
Visit date: {visit}    Location: {clinic_site}, {room}    FIN# {fin}
PCP: {pcp_full}, {cred}    Chart photo: {photo}

CC: "Here for my yearly physical." {pt_nick} is a {age} y/o {sex_word} seen today for {prev_cpt}.
Social: lives at {street}, {city} with {his} {rel_rel} {rel_first}. Works for {employer}. {smoke} since {year}.
Family hx: father with {eponym}, died at {fam_age}; mother living, {fam_age2}.

Vitals: BP {bp} (repeat {bp2}), HR {hr}, RR {rr}, T {temp} F, SpO2 {spo2}, Wt {wt}, BMI {bmi}
Labs ({lab_date}): A1c {a1c}, LDL {ldl}, HDL {hdl}, TG {tg}, eGFR {egfr}, TSH {tsh}
PHQ-2 {phq2}; AUDIT-C {auditc}. 10-yr ASCVD risk {ascvd}.

Preventive: {uspstf}; {uspstf2}. Vaccines offered: {vax1}, {vax2}.
A/P:
1. {icd1} {icd1d}
2. {icd2} {icd2d} - continue {med1}
3. {icd3} {icd3d}
RTC 1 yr or sooner. Reminder letter to {pt_email}. Cell {pt_cell}.
Electronically signed: {pcp_sig}, {cred} {dt_sign}
""",
        """Preventive Medicine Visit   {visit_us}
{pt_caps}   MRN {mrn}   DOB {dob_us}   Acct {acct}
Address on file: {street} {unit}, {city}, {st} {zip}   Home ph {pt_phone}
Insurance: {payer} member {member} grp {group}

Hx reviewed w/ pt and {his} {rel_rel} ({rel_full}, {rel_phone}). Pt reports good energy; hx of {eponym2}.
Meds: {med1}; {med2}; {med3}.
Exam: BP {bp}, P {hr}, Ht {ht}, Wt {wt} (BMI {bmi}). Grade 1/6 SEM, 5/5 strength throughout, Snellen 20/30 OU.
Counseled re {uspstf}. Colon screening via {lab_org} FIT kit. Last mammo per {role}.
Codes: {prev_cpt_code} + G2211; Dx {icd1}, {icd2}.
Seen by {pcp_any}; scribe {ma_full}. Next physical ~{next_short}.
""",
        """PHYSICAL EXAM FORM (employer-required) - {form} {form_ver}
Name: {pt_full}        Date of exam: {visit_long}
Date of birth: {dob}   Employee ID: {emp_id}   Employer: {employer}
Home address: {street}, {city} {zip5}
Phone: {pt_cell}   E-mail: {pt_email}

BP {bp} | Pulse {hr} | Vision 20/25 R, 20/40 L | Hearing WNL | UA dipstick neg
TB screen (IGRA) negative. Hep B series complete ({vax_date1}).
Fit for duty without restriction: YES (job requires lifting {lbs_lift} lb).

Examiner: {pcp_sig}, {cred}   NPI {npi}   Lic {stlic}
Clinic: {clinic_site} - {clinic_phone}, fax {clinic_fax}   Group NPI {grp_npi}
""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "se_medicare_awv_visit": (
        """MEDICARE ANNUAL WELLNESS VISIT (subsequent, {hcpcs2})
Beneficiary: {pt_fml}   Age: {age90}   DOB {dob90}   MBI {mbi}
DOS {visit}   Rendering: {pcp_full}, {cred} (NPI {npi})   Place: {clinic_site}

Health Risk Assessment completed with {his} {rel_rel}, {rel_full}, who drove {pt_nick} in from {city}.
Functional: needs help with IADLs (finances, shopping). ADLs independent. TUG {tug}. Falls in past yr: {episodes}.
Cognition: Mini-Cog {minicog}; MoCA {moca}. No {eponym} sx.
Depression: PHQ-2 {phq2}. Hearing: whisper test fails L. Home safety: grab bars, lives at {street}, {unit}.
BP {bp}, Wt {wt}, BMI {bmi}.
Personalized prevention plan: {vax1}, {vax3}; {uspstf2}. Advance directive on file from {acp_date}.
Quality: {measure}; {measure2}.
Next AWV eligible after {next_date}. {rel_first} can be reached at {rel_phone}.
""",
        """AWV  {visit_us}  {pt_caps}  MBI: {mbi}  MRN: {mrn}
Pt is a {age90w}-year-old {sex_word}, accompanied by caregiver {rel_lf}. Lives alone in {hood}, {city}, {county}.
Medications reconciled ({med1}; {med2}; {med4}). Hospital stay at {hosp} in {year2}.
Screenings: STEADI positive; {uspstf2}. Opioid review: not on opioids. SDOH: food insecurity - referred to {org}.
Orders: DEXA, {vax2} today lot {vax_lot} {vax_site}.
Billing: {hcpcs2}, G0444, 96127. Claim {claim}.
{pcp_sig}, {cred}
""",
        """Initial Preventive Physical Exam / Welcome to Medicare
Name ......... {pt_lfm}
DOB .......... {dob}    (age {age})
Medicare ID .. {mbi}
Supplement ... {payer}  sub ID {member}
Address ...... {street}, {city}, {st} {zip}
Phone ........ {pt_phone}
Seen ......... {visit_long} by {pcp_any}
ECG screening (G0403) sinus rhythm 72. BP {bp}. BMI {bmi}. Vision Snellen 20/50.
End-of-life planning discussed (99497-33); {he} names {rel_full} as agent.
Pacemaker in place ({pm_brand}), serial {dev_pm}; interrogated {lab_date2}.
""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "se_htn_followup_soap": (
        """S: {pt_first} {pt_last} returns for HTN f/u. Home readings avg {bp_avg} on {his} cuff ({cuff_brand}, SN {dev_cuff}).
Taking {med1} and {med2}. Denies CP/SOB. Missed doses x{episodes} {per}.
O: BP {bp} L arm seated, repeat {bp2} after 5 min. HR {hr}. Wt {wt}. BMI {bmi}. K {k}, Cr {cr}, eGFR {egfr} ({lab_date}).
A: {icd4} Essential hypertension - not at goal (<130/80). {measure}.
P: Increase {med3}. BMP in 2 wk. RTC {next_short}. Pt prefers texts to {pt_cell}.
{pcp_any}, {cred} | {visit} | {clinic_site} | MRN {mrn}
""",
        """Hypertension Follow-up         Date: {visit_us}
Pt: {pt_lf}    DOB: {dob_us}    Acct: {acct}
Seen in {room}; {ma_first} roomed pt at {time1}.
BP log (last 14 d): AM 148/92, 151/90, 139/86; PM {bp2}, {bp3}. 2/3 over goal.
Labs: Na {na}, K {k}, Cr {cr}, UACR {uacr}. ECG (93000) NSR, LVH voltage.
Plan: start {med1}; home BP tele-monitoring via {dme_org} (device {dev_cuff}); DASH diet; Na <2 g/d.
Quality codes: 3074F/3079F entered. ICD-10 {icd4}, {icd2}.
Signed {pcp_sig} {dt_sign}
""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "se_dm2_followup_visit": (
        """DIABETES FOLLOW-UP
{pt_fml} | MRN {mrn} | DOB {dob} | Visit {visit}
Interval: A1c {a1c} (prior {a1c_prev} on {lab_date2}). Uses {cgm_brand}; CGM sensor serial {dev_cgm}, time in range {pct}.
Meds: {med1}; {med2}; {med3}. Rx {rx} sent to {pharmacy} mail order (previously filled in {city2}).
Foot exam: monofilament 8/10 R, 10/10 L, {eponym2} noted. Retinal exam due.
UACR {uacr}; eGFR {egfr}; LDL {ldl}. Statin per {measure}.
Dx: {icd1} {icd1d}; {icd2}.
Diabetes educator {rn_full} to call {pt_phone}. Next: {next_date}.
{pcp_any} {cred}
""",
        """DM2 f/u - telehealth (pt at home in {city}, {st}; provider in clinic). Link: {url_tele}
Pt: {pt_caps}  DOB {dob_iso}  Member {member}
Glucose log uploaded from meter S/N {dev_cgm} ({cgm_brand}): fasting 120s-180s, one low of 58 at {time2}.
A1c {a1c} ({lab_date}). BMI {bmi}. Started {med1}. PA for GLP-1 approved, ref {pa}.
Refills x{refills}, qty {qty}, {days}-day supply. NDC {ndc}.
Coding: 99214, 3046F, Dx E11.65. Seen by {pcp_full} on {visit_long}.
""",
        """Diabetes Group Visit roster entry - {visit_short}
Participant: {pt_nick} {pt_last} (chart {mrn}), {age} y/o; caregiver {rel_first} attended.
Pre-visit A1c {a1c_prev} -> today POC A1c {a1c}. Weight {wt} -> goal 5% loss.
CGM: {cgm_brand} ser# {dev_cgm}; reader paired to phone {pt_cell}.
Notes by {rn_first} RN: teach-back on sick-day rules; hypoglycemia kit; {med2}.
""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "se_copd_followup_visit": (
        """COPD FOLLOW UP  {visit}
Patient {pt_full} ({pt_title} {pt_last}), DOB {dob}, MRN {mrn}, is a {age} yo {smoke} ({packyr} pack-yr).
GOLD group E; {episodes} exacerbations in past yr, one admission to {hosp} ({adm_date} - {dc_date}).
Spirometry (94010): FEV1 {fev1} ({fev1pct} predicted), FEV1/FVC {fevfvc}. CAT {cat}, mMRC {mmrc}.
Home O2 {o2flow} via concentrator ({o2_brand}) serial {dev_o2}; supplier {dme_org}, HCPCS E1390.
SpO2 {spo2} RA at rest. Meds: {med1}; {med2}; albuterol PRN.
Pulm rehab referral: {clinic_site} program, 2x/wk x 12 wk.
Vaccines: {vax1} given lot {vax_lot}. {vax2} due.
{pcp_sig}, {cred} / {dt_sign}
""",
        """Pt: {pt_lfm}   Acct# {acct}   DOS {visit_us}
COPD w/ chronic hypoxemia. O2 recert: qualifying sat {spo2} on RA ({lab_date}). DME: oxygen concentrator SN {dev_o2}, portable {o2_brand}.
{He} smokes 1/2 ppd; counseled 4 min (99406). Quitline referral, text to {pt_cell}.
Trelegy 1 inh daily; rescue use {n2}x/wk. Last exacerbation {onset_date}, prednisone burst.
CMN signed for {dme_org}; fax {other_fax}. Medicare {mbi}.
{pcp_any}
""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "se_depression_pc_followup": (
        """Behavioral Health in Primary Care - Follow-up (99214 + 96127)
Pt: {pt_full}  DOB {dob}  MRN {mrn}  Date {visit}
PHQ-9 today {phq9} ({phq9_sev}); prior {phq9_prev} on {prev_visit}. Item 9 = {item9}. GAD-7 {gad7}.
{He} reports better sleep on {med1}; side effects minimal. Works at {employer}; on reduced hours.
Safety: denies SI/HI; safety plan reviewed; crisis line 988 and {rel_rel} {rel_first} ({rel_phone}) as supports.
Collaborative care: BHCM {sw_full} following; psychiatry case review w/ {spec_full}, {cred2}.
Measure: {measure}. Dx {icd1}; {icd2}.
Plan: continue {med1}; recheck PHQ-9 in 4 wk ({next_short}). {pcp_any}
""",
        """VIDEO VISIT - depression f/u   {visit_long}  {time1}
Pt joined from home ({city}) via {url_tele}; connection from IP {ip}. Identity verified: name {pt_lf} + DOB {dob_us}.
PHQ-9: {phq9}; PHQ-2 {phq2}; C-SSRS screen negative.
Med: {med2} -> titrate. Therapy with {bh_org} started.
CoCM minutes this month: {dur} (99493). {sw_first} (BHCM) to call {pt_phone} next week.
Signed {pcp_sig} {cred}
""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "se_nurse_triage_phone_note": (
        """NURSE TRIAGE - TELEPHONE ENCOUNTER
Call rec'd {dt_sign} from {rel_rel} {rel_full} ({rel_phone}) re: patient {pt_fml}, DOB {dob}, MRN {mrn}.
Caller identity confirmed by IVR voiceprint {bio_voice} and 2 identifiers.
Chief complaint: cough + SOB x {n2} days, worse today. Temp {temp} at home, SpO2 {spo2} on home oximeter.
Protocol: Schmitt-Thompson "Breathing Difficulty" ({policy}). Disposition: see today in office.
Appt made {visit_short} {time3} with {pcp_any}. Care advice given; caller verbalized understanding.
Pt lives at {street}, {city}; advised 911 if worse.
{rn_full}, RN   lic {rnlic}
""",
        """Triage call - {visit_us} {time2}
Caller: {pt_nick} (self), cb # {pt_cell}. Verified DOB {dob_us}; voice ID match {bio_voice}.
Sx: dizziness since {onset_date}; home BP {bp}, HR {hr}. On {med1}. No focal deficits (BE-FAST neg).
Dispo: ED now -> pt declined; agreed to UC at {hosp}. Spoke w/ {role}. Notified {pcp_last}.
-- {rn_first} RN ({rn_init})
""",
        """TRIAGE NOTE / after-hours answering service
Msg #{n3} received {dt_sign2}. Caller {rel_lf} calling for patient {pt_lf} (DOB {dob}), {age90} yrs old, lives in {city}.
"Pt fell getting up from the recliner, no head strike." Protocol: Falls ({policy}). BP per caller {bp}.
Callback {rel_phone}. On-call {pcp_any} paged at {time3}; advised evaluation at {hosp}.
Voiceprint enrollment for caller: {bio_voice}.
""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "se_phone_message_slip": (
        """PHONE MESSAGE
To: {pcp_any}      From: {pt_full}      Date: {visit_us}   Time: {time1}
Call back: {pt_phone}  (alt {pt_cell})   OK to leave detailed msg: Y
DOB: {dob}   MRN: {mrn}
Message: wants lab results from {lab_date} (A1c {a1c}, LDL {ldl}) & asks if {med1} can go to 90-day.
Also asks for portal reset - link sent: {url_portal}; email on file {pt_email}.
Taken by: {ma_first}  ext {ext}
""",
        """MENSAJE TELEFONICO / PHONE MESSAGE (Spanish-speaking line)
Fecha: {visit_us}  Hora: {time3}
Nombre del paciente: {pt_fml}     Fecha de nacimiento: {dob}
Telefono: {pt_cell}   Llamó: {rel_rel} ({rel_full})
Mensaje: "Necesita resurtido de {med1}; le quedan {pills_left} pastillas. Farmacia {pharmacy} en {city2}."
Also asks about {vax1}. Interpreter ID not recorded; OK to call back in Spanish.
Para: {pcp_any} / recibido por {ma_first}
""",
        """tel enc  {visit_iso}  pt {pt_caps} ({mrn})
pt called re: FMLA paperwork for {employer}; HR contact {hr_full} {hr_phone}, fax {other_fax}.
Identity confirmed via voice verification {bio_voice}.
Routed to {role}. Pt also requesting copy of {imaging} report. Copay question ({copay}) -> billing, acct {acct}.
- {ma_full}
""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "se_rx_refill_request_queue": (
        """REFILL REQUEST (eRx CancelRx/RxRenewal)   Received {dt_sign}
Patient: {pt_lfm}   DOB: {dob}   Ph: {pt_phone}
Pharmacy: {pharmacy} {store_no} - {city2}   NCPDP {ncpdp}   Fax {other_fax}
Drug: {med1}   Qty {qty}   Days {days}   Refills req: {refills}
Last fill: {fill_date}  Rx# {rx}
Last office visit: {prev_visit}  Last A1c {a1c}, last BP {bp}, K {k}
Protocol {policy}: meets criteria -> approved x {refills} refills.
Prescriber: {pcp_any}, {cred}  NPI {npi}  DEA {dea}
Processed by {rph_full}, PharmD (clinical pharmacist)
""",
        """Refill queue export - {visit_short}
#,Patient,DOB,MRN,Medication,Rx#,LastFill,Status,Note
1,"{pt_lf}",{dob_us},{mrn},"{med2}",{rx},{fill_date},APPROVED,"OV {prev_visit}; {refills} RF"
2,"{pt_lf}",{dob_us},{mrn},"{csub}",{rx2},{fill_date2},DENIED,"controlled - needs visit; PDMP pending"
Reviewer: {rn_full} RN; escalated to Dr. {pcp_last}. Member {member} PA {pa}.
""",
    ),
    # 10 -----------------------------------------------------------------------------------------
    "se_lab_result_letter": (
        """{clinic_site}
{clinic_street}, {city}, {st} {zip5}
Tel {clinic_phone}   Fax {clinic_fax}
{visit_long}

{pt_fml}
{street} {unit}
{city}, {st} {zip}

Dear {pt_title} {pt_last},

Your recent blood work from {lab_date} is back. Your hemoglobin A1c was {a1c} (goal under 7%). Your LDL
cholesterol was {ldl} and your kidney function (eGFR) was {egfr}. Potassium {k} is normal (3.5-5.1).
Please continue {med1}. We will recheck in 3 months, around {next_short}.

You can also see these results at {url_portal}. Questions: call {clinic_phone}.

Sincerely,
{pcp_sig}, {cred}
MRN {mrn}   Accession {accession}   Performing lab: {lab_org} (CLIA {clia})
""",
        """RESULT NOTIFICATION
To: {pt_full}  DOB {dob}  via portal + mail
Specimen {accession} collected {lab_date}
TSH {tsh} (0.45-4.50)  Vit D {vitd} (30-100)  Hgb {hgb}  PSA {psa}
Interpretation by {pcp_any}: mild vitamin D deficiency - start D3 2000 IU daily.
Copy faxed to {spec_full} ({spec_kind}) at {spec_fax}.
Lab: {lab_org} CLIA #{clia}, CAP {cap_no}. Letter generated {dt_sign}.
""",
        """{clinic_site} - Resultados de laboratorio
{visit_long}
Estimado(a) {pt_full}:
Sus análisis del {lab_date} están listos. Hemoglobina A1c: {a1c}. Colesterol LDL: {ldl}. Función renal (eGFR): {egfr}.
Todo está dentro de lo esperado, excepto el LDL; seguir con {med1}.
Dirección en archivo: {street}, {unit}, {city}, {st} {zip}. Si tiene preguntas llame al {clinic_phone}.
Atentamente, {pcp_sig}, {cred}     Expediente (MRN): {mrn}    Cuenta: {acct}
""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "se_imaging_result_letter": (
        """{hosp_caps} - DEPARTMENT OF RADIOLOGY
PATIENT: {pt_caps}   MRN: {mrn}   DOB: {dob_us}
EXAM: {imaging}   ACC#: {accession}   DATE: {lab_date}
ORDERING: {pcp_lf}   NPI {npi}

Dear {pt_first},
Your {imaging} showed: {lungrads} / {birads}. Benign-appearing findings; routine follow-up in 12 months.
If you have questions, call our office at {clinic_phone}. Next screening due {next_date}.
Radiologist: {spec_full}, MD
""",
        """Letter re: imaging results  {visit_long}
{pt_fml}, {street}, {city} {zip5}
We reviewed your DEXA scan of {lab_date}: lowest T-score -2.6 at L1-L4 (osteoporosis). FRAX 10-yr major fracture {pct}.
Recommendation: {uspstf2}; start alendronate 70 mg weekly. Calcium 1200 mg/day.
Exam performed at {hosp}, accession {accession}. Report sent to {rel_full} per your HIPAA release.
{pcp_any} {cred}   Ph {clinic_phone}  Fax {clinic_fax}
""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "se_specialty_referral_letter": (
        """REFERRAL TO {spec_kind_caps}
Date: {visit}                Referral #: {referral}
To: {spec_full}, {cred2}  Fax {spec_fax}  Ph {spec_phone}
From: {pcp_full}, {cred}  NPI {npi}  {clinic_site}  Fax {clinic_fax}

Re: {pt_fml}   DOB {dob}   MRN {mrn}
Insurance: {payer} ID {member}  Group {group}  Auth {pa}

Dear Dr. {spec_last},
I would appreciate your evaluation of my patient, a {age} yo with {icd2d} ({icd2}) and {eponym}.
Recent: BP {bp}, A1c {a1c}, eGFR {egfr}, UACR {uacr}. Meds: {med1}; {med2}.
Urgency: routine. Patient prefers morning appts; home {pt_phone}, lives in {city}.
Thank you, {pcp_last}
""",
        """Outgoing referral - {spec_kind}   ({visit_us})
Pt {pt_lf}  DOB {dob_us}  Ph {pt_cell}
Addr {street}, {city}, {st} {zip}
Plan ID {member}  Ref # {referral}  Dx {icd1}/{icd3}
Reason: {eponym2}? Please eval & treat. Attached: office notes ({pages} pp), labs {lab_date}.
Sent by {ma_full} to {spec_init} office via fax {spec_fax}; confirmation at {time3}.
""",
        """FAX RECElVED {dt_sign2}  FR0M: {clinic_fax}  T0: {spec_fax}  PG 1/{pages}
REFERRAL / C0NSULT REQUEST  -  {spec_kind_caps}
Pat1ent Narne: {pt_ocr_caps}         D.0.B {dob_us}
Adress: {street}  {city_caps}  {st} {zip}
Phone#: {pt_phone}     lns. ID: {member}
Referring: Dr {pcp_last} , {clinic_site}    NPl {npi}
Reas0n: eval {icd2d} ({icd2}); A1c {a1c}; BP {bp}
Auth / ref n0: {referral}
Pls schedu1e w/in 2-4 wks. Pt speaks Spanish - interpreter; daughter {rel_first} cel {rel_phone}
""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "se_econsult_request": (
        """E-CONSULT REQUEST ({spec_kind})   submitted {dt_sign}
Requesting clinician: {pcp_any} ({npi})
Patient: {pt_full}, {age} y/o {sex_word}, MRN {mrn}, DOB {dob}
Clinical question: Persistent TSH {tsh} with normal FT4; on {med1}. Treat subclinical hypothyroidism? {eponym}?
Data: TSH trend {lab_date2} -> {lab_date}; LDL {ldl}; no goiter.
Responding specialist: {spec_full} ({npi_spec}) - answered {dt_sign2}:
"Recheck TSH + TPO Ab in 6-8 wk; treat if >10 or symptomatic." Time 15 min (99451/99452).
Encounter {fin}.
""",
        """eConsult | Nephrology | {visit_iso}
Q from {pcp_last}: {pt_init} ({mrn}), eGFR {egfr} -> decline from 61 over 1 yr. UACR {uacr}. On {med2}.
Should we add SGLT2i? K {k}. A1c {a1c}.
A ({spec_init}, {dt_sign2}): Yes - empagliflozin 10 mg; recheck BMP 2-4 wk. Face-to-face referral not needed.
Routing: fax {spec_fax}; ph {spec_phone}. Pt informed via portal thread {url_portal}.
""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "se_care_gap_outreach_csv": (
        """care_gap_outreach_{visit_compact}.csv
measure,patient_name,dob,mrn,phone,email,last_value,gap,assigned_to
"{measure}","{pt_lf}",{dob_iso},{mrn},{pt_phone},{pt_email},A1c {a1c},"no A1c in 12 mo",{rn_full}
"HEDIS CBP","{pt_lf}",{dob_iso},{mrn},{pt_phone},{pt_email},BP {bp},"last BP >= 140/90",{rn_full}
"{measure2}","{rel_lf}",{dob_us},{mrn2},{rel_phone},{rel_email},,"no screening",{ma_full}
# exported by {ma_full} {dt_sign}; self-scheduling link: {url_portal}
""",
        """OUTREACH LOG - Colorectal screening gap (CMS130v12 / HEDIS COL-E)
Pt: {pt_full} / MBI {mbi} / DOB {dob}
Attempt 1 {visit_us}: LVM at {pt_phone}.  Attempt 2 {next_short}: text sent to {pt_cell}.
Letter mailed to {street}, {city}, {st} {zip}.
Pt agreed to FIT kit (lot {vax_lot2}, stock) - mailed via {lab_org}.
Caller: {ma_first} ({ma_full}) | Payer gap list from {payer}, member {member}.
""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "se_panel_registry_fixedwidth": (
        """PANEL REGISTRY - PCP {pcp_lf} - RUN {visit_compact} {time2}
MRN        NAME                       DOB        AGE  LAST_BP  A1C   LDL  PHQ9  NEXT_APPT   PAYER_ID
{mrn}  {pt_caps}  {dob_compact}  {age}   {bp}  {a1c}  {ldl_n}   {phq9}    {next_date}  {member}
{mrn2}  {rel_lf}  {dob90}  {age90}  {bp2}  {a1c_prev}  {hdl}   {phq2}    --          {mbi}
TOTAL {n3} patients; {pct} at BP goal (CMS165); {n1} with A1c>9 (CMS122). Risk tier 3.
""",
        """Pt | DOB | Addr | Ph | Gaps
{pt_lfm} | {dob} | {street}, {city} {zip5} | {pt_phone} | {measure}; {uspstf}
{rel_full} | {dob90} ({age90}) | {unit}, {street}, {city} | {rel_phone} | HEDIS AIS-E; {vax1}
Care manager: {sw_full}. Panel = {n3} pts, attributed ACO {org}.
""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "se_cs_agreement_signed": (
        """CONTROLLED SUBSTANCE TREATMENT AGREEMENT (policy {policy}, {form_ver})
Patient name: {pt_fml}           Date of birth: {dob}
Address: {street}, {unit}, {city}, {st} {zip}
Phone: {pt_cell}        Driver's license: {dl}
Medication(s): {csub}, max #{qty}/{days} days. Current {mme}.
I agree to: one prescriber ({pcp_full}), one pharmacy ({pharmacy} {store_no}, NCPDP {ncpdp}), random UDS, pill counts.
Photo ID scanned to chart: {photo}. Check-in palm-vein template: {bio_palm}.
Signed electronically by patient {dt_sign} from IP {ip}.
Prescriber: {pcp_sig}, DEA {dea}, NPI {npi}.  Witness: {ma_full}
""",
        """OPIOID AGREEMENT - renewal {visit_long}
{pt_caps} | MRN {mrn} | DOB {dob_us} | SSN {ssn}
ORT score {ort}; UDS (80305) consistent; last PDMP {pdmp_id} reviewed.
Emergency contact / naloxone trained: {rel_full} ({rel_rel}) {rel_phone}.
ID verification: {photo}; biometric signature pad template {bio_fp}.
Prescribing clinician {pcp_any}, DEA {dea}. Pharmacy {pharmacy}, store DEA {fac_dea} (org).
""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "se_pdmp_review_note": (
        """PDMP query documented {dt_sign}
Patient: {pt_lfm}, DOB {dob}, ZIP {zip5}
Report ID: {pdmp_id}. States queried: {st}, {st2} (interstate).
Findings: {csub} #{qty} filled {fill_date} (prescriber {pcp_last}); {csub2} #{n2} filled {fill_date2} by outside prescriber {spec_full}, {cred2}.
NarxScore 310/210/000. Overdose risk 280. {mme}.
Action: discussed w/ pt; {policy} followed. Rx {rx} sent.
EPCS two-factor: {pcp_any} fingerprint token {bio_fp}, DEA {dea}. Session IP {ip}.
""",
        """Controlled Substance Monitoring Note - {visit_us}
{pt_full} (MRN {mrn})  chronic {icd1}; long-term opioid Z79.891.
PMP AWARxE report #{pdmp_id} - no early fills, 1 pharmacy ({pharmacy}). Last fill Rx# {rx2} on {fill_date}.
UDS {lab_date}: expected + for oxycodone, neg for illicit. Pill count {pills_left} (expected 6).
Next PDMP check due {next_date}. Signed {pcp_sig} (biometric login {bio_fp}).
""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "se_fmla_wh380e_form": (
        """CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION ({form}, OMB {omb})
SECTION I (employer): Employee {pt_full}  Employee ID {emp_id}  Employer {employer}
HR contact: {hr_full}  {hr_phone}  {staff_email}  fax {other_fax}  Case {case_no}
SECTION III (provider):
Provider: {pcp_full}, {cred}   Practice: {clinic_site}   Tel {clinic_phone}  Fax {clinic_fax}
Condition began: {onset_date}. Expected duration: {leave_start} through {leave_end}.
Patient's DOB {dob}. Continuing treatment: visits every 4-6 wk. Flare-ups: {episodes} {per}, lasting 1-2 days.
Incapacity: unable to lift > {lbs_lift} lb; {hours}-hr shifts max.
Signature: {pcp_sig}   Date: {visit_us}
""",
        """FMLA intermittent leave - provider note
Re: {pt_lfm} / SSN {ssn} / DOB {dob}
Employer {employer}, leave administrator {tpa_org}, claim {claim}, case # {case_no}.
Dx: {icd1} ({icd1d}); {eponym}. Leave {leave_start} - {leave_end}. RTW w/o restriction anticipated {rtw_date}.
Form {form} completed {visit_long}, {pages} pages faxed to {other_fax}.
{pcp_any}, {cred}  (NPI {npi})
""",
        """FAX COVER  *  CONFIDENTIAL
To: {tpa_org} Leave Dept   Attn: {hr_full}   Fax: {other_fax}
From: {clinic_site}   Fax: {clinic_fax}   Phone: {clinic_phone}
Date: {visit}   Pages incl. cover: {pages}
RE: {pt_capsf}   Employee ID {emp_id}   Claim/Case #: {case_no}
Enclosed: {form} for continuous leave {leave_start} to {leave_end}, and work note (RTW {rtw_date}).
This fax contains PHI under 45 CFR 164; if received in error call {clinic_phone}.
""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "se_ssa_medical_source_stmt": (
        """MEDICAL SOURCE STATEMENT - PHYSICAL (for Disability Determination Services)
Claimant: {pt_caps}          SSN: {ssn}
DOB: {dob}                    DDS case: {case_no}
Address: {street}, {city}, {st} {zip}
Treating since {year}; last seen {visit}.
Diagnoses: {icd1} {icd1d}; {icd2} {icd2d}; {eponym2}.
Can sit {hours} hrs / 8-hr day; stand/walk 2 hrs; lift {lbs_lift} lb occasionally. Off-task 20%. Absent {episodes} days {per}.
Objective: FEV1 {fev1} ({fev1pct}), BMI {bmi}, 4/5 grip R.
Source: {pcp_full}, {cred}   NPI {npi}   Lic {stlic}   Fax {clinic_fax}
Form {form} (SSA-827 release on file).
""",
        """To: DDS, attn {hr_full} (disability examiner)   Fax: {other_fax}
From: {clinic_site}   Ph {clinic_phone}
RE: claimant {pt_lf}, SSN {ssn}, DOB {dob_us}, claim {claim}
Records enclosed ({pages} pages) {prev_visit} - {visit}. PHQ-9 {phq9}; {med1}; {med2}.
Consultative exam not needed in my opinion. - {pcp_any}
""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "se_return_to_work_slip": (
        """WORK STATUS REPORT
Employee: {pt_full}      DOB: {dob}      Date of visit: {visit}
Employer: {employer}     Employee #: {emp_id}     WC claim: {claim}
Job: CDL driver, assigned unit VIN {vin} (plate {plate}).
Status: may return to work {rtw_date} with restrictions: no lifting > {lbs_lift} lb, no commercial driving while on {csub}.
Next evaluation: {next_date}.
{pcp_any}, {cred}  |  {clinic_site}  |  Ph {clinic_phone}  Fax {clinic_fax}
Send to HR: {staff_email}
""",
        """Return to Work / School Note     {visit_long}
{pt_fml} was seen in our office on {visit_short} and may return to full duty on {rtw_date}.
Out of work {leave_start} - {rtw_date}. Light duty: {hours} hrs/day for 2 wk.
Fleet vehicle assigned: plate {plate} - may resume driving after {next_short}.
Questions: {pcp_any} at {clinic_phone}. Employer fax {other_fax}.
""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "se_immunization_catchup_record": (
        """IMMUNIZATION CATCH-UP RECORD
Name: {pt_lfm}   DOB: {dob}   MRN: {mrn}   Registry ID: {study}
Vaccine                       Date given    Lot           Site         Given by
{vax1}    {vax_date1}    {vax_lot}      {vax_site}    {rn_init}
{vax2}    {vax_date2}    {vax_lot2}    R deltoid    {ma_full}
{vax3}    {visit}    {vax_lot}    L deltoid    {rn_full}
VIS edition {vis_ed} given. CPT 90471, 90472; Z23. Dose {vax1dose}.
Next due: Shingrix #2 on/after {next_date}. Reminder to {pt_email}.
""",
        """Vaccine admin note {dt_sign}
Pt {pt_full}, {age90} y/o, screened - no contraindications. Consent from {rel_rel} {rel_full} (POA).
Given: {vax1} {vax1dose} {vax_site}, lot {vax_lot} (clinic stock), NDC {ndc}.
Prior: Tdap {vax_date1}; flu {vax_date2}. State IIS reported (patient ID {study}).
Observation 15 min, no reaction. - {rn_first} {rn_init}
""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "se_preop_clearance_letter": (
        """PRE-OPERATIVE MEDICAL EVALUATION
To: {spec_full}, {spec_kind}   Fax: {spec_fax}
Re: {pt_fml}   DOB: {dob}   MRN: {mrn}
Procedure: {proc} on {surg_date} at {hosp}.
RCRI {rcri}; functional capacity {mets} METs; {asa}. ECG ({lab_date}) NSR. Labs: Hgb {hgb}, K {k}, Cr {cr}, A1c {a1c}, INR {inr}.
Cardiac device: pacemaker UDI {udi}; rep to reprogram to asynchronous.
Meds: hold {med1} 24 h prior; hold apixaban 48 h; continue {med2}.
Impression: acceptable (intermediate) risk. Optimized for surgery.
{pcp_sig}, {cred}   NPI {npi}   Ph {clinic_phone}   {visit}
""",
        """Surgical clearance - {visit_us}
Patient {pt_lf} ({age90} y/o) scheduled for {proc}, {surg_date}, surgeon Dr. {spec_last}.
Hx: {eponym}, HFpEF, CKD ({egfr}). Pacemaker {pm_brand} SN {dev_pm}, last interrogation {lab_date2}.
BP {bp}; HR {hr}. {rel_rel} {rel_first} ({rel_phone}) present. Code status: {code_status}.
Recommend proceed; anesthesia consult. Faxed to {spec_fax} and {other_fax}. -{pcp_any}
""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "se_hh_cert_plan_of_care": (
        """HOME HEALTH CERTIFICATION AND PLAN OF CARE ({form})
1. Patient HI claim no.: {mbi}   2. SOC date: {cert_start}   3. Cert period: {cert_start} to {cert_end}
4. Medical record no.: {mrn}   5. Provider no.: {grp_npi} (agency)
6. Patient name/address: {pt_caps}, {street} {unit}, {city}, {st} {zip}
7. DOB: {dob90}   Age {age90}   8. Sex {sex}
10. Meds: {med1}; {med2}; {med3}
11. Principal dx: {icd1} {icd1d}
15. Safety: fall precautions; O2 {o2flow} concentrator SN {dev_o2}
21. Orders: {hh_freq}; wound photos (non-facial) to {url_portal}
Agency: {hha_org}, clinician {hhn_full} RN. Episode {oasis}.
Certifying physician: {pcp_sig}  NPI {npi}  Ph {clinic_phone}  Fax {clinic_fax}
Face-to-face encounter {visit} by {pcp_last}.
""",
        """HH recert - physician signature request (fax {other_fax})
{pt_lfm}  SSN {ssn}  Medicaid {medicaid}  DOB {dob}
Homebound: leaves home only for MD appts w/ son; taxing effort, walker.
Visit schedule {hh_freq}; SN for CHF/COPD teaching; BP {bp}, wt {wt}.
Patient ID photo in agency app: {photo}.
Episode {oasis}; period {cert_start}-{cert_end}. G0179 billed.
Field nurse {hhn_first} ({hhn_full}) - ph {pt_phone} is patient home line.
""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "se_acp_conversation_note": (
        """ADVANCE CARE PLANNING (99497: ACP, first 30 min)
Date {visit}; face-to-face {dur} min with patient {pt_full} ({age90} y/o) and {rel_rel} {rel_full}.
Patient's values: wants to remain home on {street} in {city}; no prolonged ventilation. Spouse died {death_date}.
Health care POA: {rel_full}, {rel_phone}, {rel_email}. Alternate: {rel_last} family friend.
POLST completed: {polst}; {code_status}. Copy to {hosp} and {hospice_org}.
Prior directive from {acp_date} revoked and replaced.
{pcp_sig}, {cred}
""",
        """ACP follow-up  {visit_long}
{pt_lf} - DOB {dob90} - aged {age90w} - MRN {mrn}
Discussed goals with {pt_nick} and {his} {rel_rel} {rel_first}. Prognosis: advanced {eponym}.
Decided: {code_status}. MOLST uploaded. Hospice informational visit by {hospice_org} scheduled {next_short}.
Billing 99497 (+99498 if > 45 min); {dur} minutes. - {pcp_any}
""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "se_toc_postdischarge_call": (
        """TRANSITIONAL CARE - INTERACTIVE CONTACT (within 2 business days)
Pt: {pt_fml}   DOB {dob}   MRN {mrn}   Discharged {dc_date} from {hosp} ({adm_date}-{dc_date}, {drg})
Spoke with pt and {rel_rel} {rel_full} at {pt_phone} on {dt_sign}.
Dx: CHF exacerbation. New meds: {med1}, {med2}. Stopped: {med3}.
Red flags reviewed (wt gain > 3 lb/2 d). Home health {hha_org} SOC {cert_start}.
TCM visit booked {next_short} with {pcp_any} (99495). Hospital account {fin}.
Call by {rn_full}, RN.
""",
        """TOC call - {visit_us}
{pt_caps} (MBI {mbi}), {age90}, d/c'd {dc_short} from {hosp_caps}.
Lives {street}, {city}. Caregiver {rel_first} {rel_last} ph {rel_phone}.
Med rec done: {med1}; {med2}; {csub}. Pharmacy {pharmacy} {store_no}. Follow-up labs BMP ({lab_date}).
Readmit risk (LACE) {n2}. Visit {next_date}. - {rn_first}
""",
        """DISCHARGE NOTIFICATION RECEIVED (ADT feed) - interface msg {n3}
MSH|^~\\&|HOSP_ADT|{hosp_caps}|PCP_INBOX|CLINIC|{visit_compact}||ADT^A03|{n3}|P|2.5.1
PID|1||{mrn}^^^HOSP^MR~{mrn2}^^^CLINIC^MR||{pt_last_caps}^{pt_first_caps}^^^^^L||{dob_compact}|{sex}|||{street}^^{city}^{st}^{zip5}||{pt_phone}
PV1|1|I|{bed}|||||||MED||||||||{fin}
Admitted {adm_date}, discharged {dc_date}.
TOC task created for {rn_full}; interactive contact due in 2 business days. {drg}. PCP of record {pcp_lf}.
""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "se_portal_message_thread": (
        """Patient Portal Message  {url_portal}
From: {pt_full} <{pt_email}>   Sent: {dt_sign}   IP {ip}
To: {pcp_any} care team
Subject: BP readings + refill
"Hi Dr. {pcp_last}, my readings this week were {bp}, {bp2}, {bp3}. Can I get {med1} refilled? Still have {pills_left} left.
My new cell is {pt_cell}. Thanks, {pt_nick}"
--
Reply ({dt_sign2}) {rn_full}, RN: Refill sent (Rx {rx}), {refills} refills. Please keep logging.
Login verified by device biometric (voice) {bio_voice}.
""",
        """MyHealth secure message
Patient: {pt_lf}  MRN {mrn}  DOB {dob}
Sender: {rel_full} (proxy, {rel_rel}) <{rel_email}> from {ip}
"{pt_first}'s PHQ-9 on the app was {phq9}. {He} has been tearful since {onset_date}. {His} new address is {street}, {unit}, {city} {zip}."
Proxy access granted {acp_date}; proxy selfie verification {photo}; voice key {bio_voice}.
Triage: {rn_first}, RN -> video visit {url_tele}.
""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "se_dot_cdl_exam_summary": (
        """MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS ({form}) - summary
Driver: {pt_fml}   DOB: {dob}   Age {age}
Address: {street}, {city}, {st} {zip}   Phone: {pt_cell}   Email: {pt_email}
Driver license #: {dl} ({st})   CLP/CDL: yes
Employer truck: VIN {vin}, tractor plate {plate}
Driver photo ID captured: {photo}.  Fingerprint on file (TWIC): {bio_fp}
BP {bp}; {bp2} on recheck. UA: prot neg, gluc neg. Vision 20/25 OU. Whisper 5 ft.
Sleep apnea: {stopbang} STOP-BANG; CPAP {cpap_brand} compliance 82%.
Determination: meets standards, 1-yr cert (HTN). Expires {cdl_exp}.
ME: {pcp_sig}  National Registry # {stlic}  Date {visit}
""",
        """DOT physical - clinic note {visit_us}
{pt_caps}, DOB {dob_us}, SSN {ssn}, CDL {dl}
A1c {a1c} on {med1}; ITDM assessment form MCSA-5870. BP {bp}.
Vehicle per driver: {vin} / plate {plate}. Cert 1 year. Examiner {pcp_any}, NRCME {stlic}.
""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "se_placard_dmv_cert": (
        """APPLICATION FOR DISABLED PERSON PARKING PLACARD - Medical certification
Applicant: {pt_lfm}   DOB {dob}   DL/ID #: {dl}
Residence: {street}, {unit}, {city}, {county}, {st} {zip}
Vehicle plate (if plates requested): {plate}   VIN {vin}
Condition: cannot walk 200 ft without stopping ({eponym}, {icd2}); O2 dependent.
Type: permanent. Applicant photo on file: {photo}.
Certifying provider: {pcp_full}, {cred}   License # {stlic}   Ph {clinic_phone}
Signed {visit_us}
""",
        """placard renewal - phone w/ pt {pt_nick} {pt_last} ({mrn}) {visit_short}
Pt says plate changed to {plate} (new car). DL {dl}. SSN on form {ssn}. Form mailed to {po_box}, {city} {zip5}.
Photo for DMV: {photo}. {pcp_any} signed.
""",
    ),
    # 29 -----------------------------------------------------------------------------------------
    "se_rpm_bp_monitoring_report": (
        """REMOTE PATIENT MONITORING - MONTHLY SUMMARY (99453, 99454, 99457)
Patient: {pt_lf}   MRN {mrn}   DOB {dob}
Device: {cuff_brand} cuff, serial {dev_cuff}; gateway IP {ip}; readings {n2} of 30 days (>=16 required)
Avg {bp_avg}; max {bp}; min {bp3}. Alerts: 2 (SBP >180) on {onset_date}, {lab_date}.
Interactive communication {dt_sign}: {rn_full} RN spoke with pt by phone {pt_phone} ({dur} min).
Titrated {med1} per protocol {policy}. Supervising: {pcp_any}.
Dashboard: {url_portal}
""",
        """RPM enrollment
{pt_fml} | {dob_us} | {street}, {city} {zip5} | {pt_cell}
Device UDI {udi} shipped {visit}; activated from IP {ip}. Palm-vein login {bio_palm} at kiosk.
Consent signed; Medicare {mbi}; copay {copay}/mo est. Vendor {dme_org}.
""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """HYPERTENSION PROTOCOL (policy {policy}, {form_ver})
Target BP <130/80 for most adults; <140/90 if age >= {age} with frailty.
Step 1: {med1}. Step 2: add {med2}. Recheck BMP in 1-2 weeks (K {k}, Cr {cr}).
Code 3074F if SBP <130; 3075F if 130-139; 3079F/3080F for DBP. Measure: {measure}.
""",
    """Diabetes standing orders - clinic stock
POC A1c (CPT 83036, LOINC {loinc}) every 3 mo if A1c > 7%; today's QC control {a1c}.
Foot exam annually; UACR (LOINC 9318-7) yearly; eGFR yearly. Statin if age 40-75 ({uspstf}).
Glucometer loaner stock: {brand}, lot {vax_lot} (stock, not assigned).
""",
    """Vaccine inventory reconciliation {time2}
{vax1}: {n1} doses, lot {vax_lot}, NDC {ndc}.
{vax2}: {n2} doses, lot {vax_lot2}. {vax3}: 0 (backorder).
Fridge temp 4.2 C at {time1}; 4.6 C at {time3}. Logged by {role}.
""",
    """AWV checklist (G0438 initial / G0439 subsequent)
- HRA, functional status, TUG ({tug}), Mini-Cog ({minicog})
- Depression: PHQ-2 >= 3 -> PHQ-9 (96127)
- Falls: STEADI; {uspstf2}
- ACP optional (99497, {cpt1d}); no cost-share when done with AWV (modifier 33)
""",
    """Quality dashboard - Q3
{measure}: {pct} (benchmark 72%)
{measure2}: {n1}/{n3} numerator/denominator
BP controlled <140/90: 68.4%; A1c >9: 14.2%. ACO {org}. Gap closure target {year_visit}.
""",
    """COPD action plan (template)
Green zone: usual breathing; {med1}. Yellow: more SOB, rescue inhaler 2 puffs q4h; start prednisone 40 mg x 5 d.
Red: SpO2 < {spo2}, confusion -> call 911. GOLD 2 FEV1 50-79%. O2 at {o2flow} if ordered. HCPCS E1390, E0431.
""",
    """PHQ-9 scoring key
0-4 none/minimal; 5-9 mild; 10-14 moderate; 15-19 moderately severe; 20-27 severe.
Item 9 positive -> C-SSRS same day; 988 crisis line. Remission = PHQ-9 < 5 at 12 mo ({measure2}).
Today's group session average {phq9}; GAD-7 average {gad7}.
""",
    """Nurse triage protocol index ({policy})
Chest pain -> {role}; breathing difficulty; dizziness; fever in adults > {temp} F; BP > 180/120 -> same-day.
Protocols licensed from vendor, {form_ver}. Call-back target within 30 min ({time1} - {time3} staffing).
""",
    """Refill protocol {policy}
Non-controlled maintenance meds (e.g., {med1}; {med3}) may be refilled x 90 days with {refills} refills if seen within 12 mo
and labs current (A1c within 6 mo, BMP within 12 mo). Controlled: {csub} requires PDMP + visit. No refills of {csub2} by RN.
""",
    """Lab reference ranges (adult)
A1c 4.0-5.6%; LDL < 100 mg/dL; HDL > 40; TG < 150; eGFR > 60; K 3.5-5.1; Na 135-145; TSH 0.45-4.50.
Performing lab {lab_org}, CLIA {clia}, CAP {cap_no}. LOINC {loinc}. Critical K > 6.0 called to {role}.
""",
    """Imaging protocol note
LDCT lung screening: ages 50-80, 20 pack-yr, quit within 15 yr (USPSTF Grade B). Report with {lungrads}.
Mammography {birads} categories explained. DEXA T-score <= -2.5 = osteoporosis. CPT 71271, 77080, 77067.
""",
    """Referral guideline - {spec_kind}
Refer if eGFR < 30, UACR > 300 mg/g, rapid decline > 5/yr, or K > {k} on therapy.
Send last 2 BMPs, UACR, med list. eConsult first (99452). Group NPI {grp_npi}; tax ID {tax_id} (practice).
""",
    """Care gap list - summary only (no patient rows)
{measure}: {n1} open gaps; {measure2}: {n2} open. Outreach by {role} and {role2}.
Scripts v2: "Our records show you may be due for a {imaging}." Mail merge form {form} {form_ver}.
""",
    """Panel management tips
Sort registry by LAST_A1C desc; flag BP >= 140/90 twice; PHQ-9 >= 10 without f/u in 30 d.
Ages 50-75 colorectal; 40-74 mammography; statin 40-75. Run report at {time2} nightly.
""",
    """Controlled substance policy summary ({policy})
Agreements renewed annually; UDS (80305/G0483) at least yearly; PDMP before each Rx; MME > 50 -> naloxone.
Current clinic avg {mme}. Pharmacy partner {pharmacy}, NCPDP {ncpdp} (store), DEA registration {fac_dea} (clinic).
""",
    """PDMP audit - aggregate
{n3} queries this month; {pct} before prescribing. States: {st}, {st2}. Avg risk score 210.
Prescribers with EPCS two-factor: 100%. No patient-level data in this report.
""",
    """FMLA paperwork workflow
Form {form} (OMB {omb}) completed within 15 days; fee {money} waived. Intermittent leave: frequency ({episodes} {per})
and duration. Return-to-work notes on letterhead. {role} routes to provider.
""",
    """Disability forms - billing
SSA requests paid at {money} per report; CE not performed by PCPs. Form SSA-3368-BK is completed by claimant.
Turnaround 10 business days. Revenue code {revcode}; no CPT (99080 special reports).
""",
    """Pre-op evaluation template
RCRI (0-6): current {rcri}. Functional capacity >= 4 METs ({mets} today). {asa}.
Hold SGLT2i 3 days; hold metformin day of surgery; continue beta-blocker. Pacemaker: contact device rep.
ECG if known CVD. CPT 99214 + 93000. Dx Z01.818, {icd2}.
""",
    """Home health certification rules
Face-to-face within 90 days before or 30 days after SOC; homebound criteria 1 and 2. G0180 cert, G0179 recert.
Orders e.g. {hh_freq}. 60-day episode ({n2} visits avg). PDGM case-mix, HIPPS code 1FC21.
""",
    """ACP billing note
99497 first 16-30 min; 99498 each additional 30 min. Voluntary; {polst} forms stocked in {room}.
No time threshold for {code_status} documentation. Hospice referral to {hospice_org}.
""",
    """TCM requirements
Interactive contact within 2 business days; visit within 7 days (99496) or 14 days (99495). Med rec by date of visit.
{measure2}. Readmission benchmark 15.2% for {drg}. Revenue code {revcode}.
""",
    """Portal auto-reply
Thank you for your message. Messages are answered within 2 business days by {role}. For emergencies call 911,
for mental health crisis call or text 988. Refill requests take 72 hours. Do not send photos of medications.
""",
    """DOT exam reminders
BP >= 140/90 -> 1-yr cert; >= 160/100 -> 3-mo one-time cert; >= 180/110 -> disqualified until controlled.
Insulin-treated: MCSA-5870 from treating clinician within 45 days. Vision >= 20/40 each eye. Hearing 5 ft whisper.
Form {form}, OMB {omb}.
""",
    """Parking placard criteria (state program)
Cannot walk 200 ft without rest; uses portable O2; class III/IV heart failure ({eponym}); lung disease with FEV1 < 1 L.
Temporary placards up to 6 months; permanent renewed every {n2} months? Check {st} rules.
""",
    """RPM program stats
{n3} enrolled; avg readings 22/30; 99454 billable when >= 16 days. Devices: {brand} (stock lot {vax_lot2}).
Alert thresholds SBP > 180 or < 90; HR > 120. Nurse time {dur} min avg (99457).
""",
    """Grand rounds handout: {eponym}
Classic presentation at age {age_young}-{age}; ICD-10 {icd3}. First-line {med1_name}. Differential includes {eponym2}.
Reference ranges apply; cited guidelines from {year} and {year2}. Room {room}, {time3}.
""",
    """Billing memo
Claims with {cpt1} + {cpt2} same day need modifier 25. Average allowed {money}. Copay {copay}.
Denials this month: {n2} (CARC 97). DRG not applicable outpatient. Tax ID {tax_id}; group NPI {grp_npi}.
""",
)
