"""Document styles for planted set W: care that crosses systems and borders.

Each ``{key}`` is filled from ``values``: typed keys become gold spans, untyped ones are filler.
No literal braces appear in the text.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "w_i693_civil_surgeon_report": (
        """REPORT OF IMMIGRATION MEDICAL EXAMINATION AND VACCINATION RECORD - Form I-693 (Ed. 2024)
Part 1. Information About You (the applicant)
 1.a Family Name (Last Name): {pt_last}
 1.b Given Name (First Name): {pt_first}
 2. Mailing Address: {us_street} {us_unit}, {us_city}, {us_state} {us_zip}
 3. Date of Birth (mm/dd/yyyy): {dob}      4. Place of Birth (City/Town): {birth_city}   Country: {country}
 5. Alien Registration Number (A-Number) (if any): {a_number}
 6. USCIS Online Account Number: none        7. U.S. Social Security Number (if any): {ssn}
 Daytime Telephone: {pt_phone}     Email: {pt_email}
Part 4. Civil Surgeon's Certification
 Civil surgeon: {doc_full}, MD   Medical license no.: {state_lic}   NPI {npi}
 Practice: {panel_org}, {us_street2}, {us_city2}, {us_state2} {us_zip2}   Fax {fax}
 Identity verified from passport no. {passport} ({nationality}), exp. {d_pp_exp}
Part 5. Summary of Overall Findings: No Class A or Class B conditions.
 TB: {igra}; {cxr} (not required if IGRA neg). Syphilis: {rpr} (age {age} - required 18-44).
 Gonorrhea NAAT not detected. Hansen's disease: no signs on exam.
 Exam completed {d_exam}; IGRA drawn {d2_us}, specimen {accession}.
Signature of Civil Surgeon ________  Date {d_exam}
""",
        """I-693 worksheet (clinic copy, do not submit) -- pg {page}
APPLICANT  {pt_caps_lf}      DOB {dob}      A# {a_number}
receipt # from applicant letter: {uscis_receipt}  (I-485 pending)
addr: {us_street}, {us_city} {us_zip}    ph {pt_phone}
Interpreter used: {interp_full} ({interp_org}) by phone.
Hx: arrived {d1} via {apt1}; prior panel exam in {fx_city} ({country}) - copy of DS-3025 in chart.
Vitals BP {bp} HR {hr} Wt {wt}. {tst}. {igra}.
Vaccines given today ({d_exam}): {vax1} {lot1}, {vax2} {lot2} -- {ndc}.
Blanket waiver requested for COVID-19 (not available). Age {age}.
Civil surgeon: Dr. {doc_last}   lic {state_lic}   sealed envelope handed to pt {d4_us}.
Scanned copy of green-card photo page NOT retained per Policy 7.12.04.
Billing: {cpt1}, {cpt2}; self-pay {money2}; acct {acct}.
""",
        """CIVIL SURGEON CLINIC -- IMMIGRATION EXAM NOTE
{pt_full} (nickname "{pt_nick}"), {age} y/o from {fx_city}, {country}, presents with adjustment-of-status packet.
Sponsor/petitioner: {rel_full}, phone {rel_phone}.  Patient SSN on file {ssn}; MRN {mrn}.
Hx of treated {eponym}? Patient denies. Reports BCG as child. {tst}; proceeding to {igra} ({loinc}).
CXR {d3_us}: {cxr}. {icd1}. Class: {tb_class}.
Referred to {us_county} TB clinic for evaluation; referral faxed to {fax} on {d4}.
Exam by {doc_init}, MD; RN {rn_full} drew labs (accession {accession}).
Return visit {d5_us} for sealed I-693 pickup.
""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "w_ds3025_vaccination_worksheet": (
        """VACCINATION DOCUMENTATION WORKSHEET (DS-3025, Ed. 2024)
Name (Surname, Given): {pt_lfm}          Birth Date (dd-mm-yyyy): {dob_local}
Case Number: {nvc_case}        Passport: {passport}
Vaccine            | Date received | Date received | Source
{vax1} | {d_vax1} | {d_vax2} | written record
{vax2} | {d_vax3} | - | panel physician ({lot2})
{vax3} | {d_vax4} | - | lab evidence of immunity
Td/Tdap | not appropriate (age {age}) | - | -
Panel physician: Dr {doc_full}   Panel site: {panel_org}, {fx_city}
Physician registration no. {fx_lic}
Date of exam {d_exam_local}
""",
        """DS-3025 | {pt_caps_lf} | DOB {dob_mrz} | case {nvc_case}
dose log (transcribed from yellow card / carnet de vaccination):
  - {vax1} given {d_vax1} at {fx_fac}
  - {vax2} given {d_vax2} (clinic stamp illegible)
  - {vax3} given today {d_exam_local}, {lot3}, 0.5 mL IM L deltoid
  - {vax4}: contraindicated (pregnancy test +), see {icd2}
ICVP certificate number {icvp_no}; parent/guardian {rel_full}.
Recorded by: {rn_full}, vaccinator.   Verified: {doc_init}.
""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "w_panel_physician_ds2054_summary": (
        """U.S. Embassy designated panel physician - MEDICAL EXAMINATION FOR IMMIGRANT OR REFUGEE APPLICANT (DS-2054)
Applicant: {pt_caps}    Sex: {sex}    DOB: {dob_local}
Passport No. {passport}   Visa Case No. {nvc_case}   Consular post: {fx_city}
Present address: {fx_street}, {fx_district}, {fx_city} {fx_postcode}, {country}
Tel: {pt_phone_fx}
Applicant photograph: {photo} (attached, verified against passport)   Fingerprint capture ID: {fp_id}
Examining physician: {doc_full}   Panel site: {fx_fac}
Radiology: {cxr}.  Sputum smears x3 collected {d2_local} ({accession}), cultures pending 8 weeks.
Classification: {tb_class}.  Other: {rpr}; {eponym} screen negative.
Examination date: {d_exam_local}.   Report valid 6 months.
""",
        """PANEL PHYSICIAN WORKSHEET -- page {page}
NAME ..... {pt_lfm}
ALSO KNOWN AS ..... {pt_alias}
D.O.B. ..... {dob_local}      AGE ..... {age}
CASE # ..... {nvc_case}     I.O.M. # ..... {iom_case}
passport {passport} iss. {d_pp_issue}
accompanying parent: {rel_full}
Hx: lived in {fx_district}, {fx_city} until {year}; TB contact (father) in {year2}.
Exam {d_exam_local}: BP {bp}, Wt {wt}, Ht {ht}, BMI {bmi}. {tst}.
Mental health: {icd3}, no harmful behaviour.
Photo file {photo}; panel physician {doc_init}, reg. {fx_lic}; ph {fac_phone_fx}.
""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "w_emedical_ime_submission_log": (
        """eMedical submission audit -- clinic export {ver}
event_time           | user          | client_ip       | action
{dt_event}     | {staff_init}   | {ip}   | open HAP {hap_id}
{dt_event}     | {staff_init}   | {ip}   | upload photo {photo}
{dt_event2}   | {doc_init}     | {ip2}  | sign 502 chest x-ray, 501 medical
applicant: {pt_caps_lf}   dob {dob_iso}   passport {passport}   UCI {uci}
applicant email {pt_email}
summary link {url}
notes: {cxr}; {igra}; age {age}, BMI {bmi}.
""",
        """IME results letter (Immigration Medical Examination)
To: {pt_full}
{fx_street}
{fx_city} {fx_postcode}
{country}
Re: HAP ID {hap_id} / UCI {uci}
Your examination on {d_exam_local} at our clinic has been submitted electronically.
Photograph reference: {photo2}. Please do not contact the clinic about visa outcome.
If further tests are required you will be contacted at {pt_phone_fx} or {pt_email}.
Radiologist: Dr {doc2_full}; Panel physician: Dr {doc_full} (reg. {fx_lic})
Upload receipt: {url}
""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "w_resettlement_agency_health_referral": (
        """RESETTLEMENT AGENCY -- INITIAL HEALTH REFERRAL
Principal applicant: {pt_full}   (UNHCR proGres no. {unhcr})
Arrival: {d1_us}, {apt1} -> local airport, flight {flight}
A-Number {a_number}   I-94 {i94}   IOM case {iom_case}
Biometric (iris) enrolment ID: {iris_id}   DHS IDENT FIN: {ident_fin}
Household: {rel_full} (spouse); {rel2_full} (grandmother, age {age90w}, DOB {dob_elder})
Last residence: {camp} camp / {fx_city}
Placement address: {us_street}, {us_unit}, {us_city}, {us_state} {us_zip}
Case manager: {staff_full}  {staff_email}  {fac_phone}
Refugee Medical Assistance no.: {medicaid}
Overseas: {tb_class}; presumptive {drug3}; {eponym} treatment history unclear.
Please schedule domestic screening within 30 days (by {d4_us}).
""",
        """From: {staff_email}
Subject: new arrival - {pt_last} household ({count} ppl) - health appt
Hi team, the {pt_last} family landed {d1} at {apt1}. PA is {pt_full}, DOB {dob}, A# {a_number}.
Grandma {rel2_full} is {age90} and uses a wheelchair; prior op in {fx_city} ({fx_fac}).
Temp housing: {us_street}, {us_city} {us_zip}. Family cell {pt_phone}, WhatsApp {pt_phone_fx}.
Overseas docs (DS-2054, DS-3025) here: {url}
RMA card pending, temp # {medicaid}. Interpreter {interp_full} speaks their dialect.
Thanks -- {staff_first}
""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "w_refugee_domestic_exam_csv": (
        """# state refugee health program -- domestic screening line list export (CSV)
last,first,dob,a_number,arrival,county,screen_date,medicaid,igra,class,provider_npi
{pt_last},{pt_first},{dob_iso},{a_number},{d1_iso},{us_county},{d_exam_iso},{medicaid},{igra},{tb_class},{npi}
# row flagged: {eos}; {icd1}; {rpr}
# entered by {staff_init} from clinic {us_fac}
""",
        """DOMESTIC REFUGEE HEALTH ASSESSMENT
Pt: {pt_lfm}   DOB {dob}   Age {age}   MRN {mrn}   Acct {acct}
Country of origin {country}; last country of asylum {country_x}; camp {camp}.
Arrival {d1_us}; A-number {a_number}.   Address {us_street}, {us_city} {us_zip}
Labs: {hgb}, {eos}, {a1c}. Strongyloides serology sent ({loinc}).
Presumptive tx overseas: {drug3} on {d2}. Lead level (age {age_k} sibling) pending.
Screening MD {doc_full}; interpreter {interp_full} (phone line).
Follow-up PCP: {us_fac}, {fac_phone}.
""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "w_international_patient_office_estimate": (
        """INTERNATIONAL PATIENT SERVICES -- PROFORMA ESTIMATE
Proforma no. {invoice}     Issued {d2}
Patient: {pt_full}   Nationality: {nationality}   Passport: {passport}
DOB {dob_local}   Age {age}
Sponsor/payer: {insurer}, GOP ref {gop_ref} (limit {gop_amt})
Local address during stay: {fx_street}, {fx_city} {fx_postcode}
Procedure: {drg} -- package incl. 5 nights, {rev}, implant (knee, {brand_implant}).
Estimated cost {money}; deposit 30% due on admission {d4}.
Treating surgeon: Dr. {doc2_full}   Coordinator: {staff_full} ({staff_email})
Tel {fac_phone_fx}   Fax {fax_fx}   Portal: {url}
""",
        """IPO coordinator note -- {fx_fac}
Elderly patient {pt_full}, {age90} yrs, travelling with son {rel_full} ({rel_phone}).
Home: {us_street}, {us_city}, {us_state} {us_zip}. US insurer member ID {member_id}, group {group_no}.
Arrival {d4_local}; airport pick-up arranged (driver card shows patient name).
Pacemaker ({brand_pacer}) serial {dev_serial} -- cardiology clearance requested.
Pre-admission labs {cr}, {hgb}. Medical visa letter issued, ref {visa_foil}.
Contact in hospital: {staff_full}, fax {fax_fx}, room {room}.
""",
        """IPO REGISTRATION DESK -- passport scan (OCR) and walk-in registration
MRZ read:
P<{cc}{pt_mrz_sur}<<{pt_mrz_given}{pt_mrz_pad}
{passport}{pp_pad}{chk}{cc}{dob_mrz}{chk}{sex}{d_pp_exp_mrz}{chk}<<<<<<<<<<<<<<0{chk}
Checked against visa foil {visa_foil}; I-94 {i94}.
Patient name as registered: {pt_lfm}   Hospital MRN {mrn}   Encounter {acct}
Local hotel: {fx_street}, {fx_city}   Mobile (roaming) {pt_phone}
Payer: {insurer}, member {member_id}; GOP {gop_ref}
Registered by {staff_full} at {time1}; photo for wristband not taken per {policy_no}.
""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "w_medical_tourism_coordinator_email": (
        """From: {staff_email}
To: {pt_email}
Subject: Re: your bariatric package -- travel details
Dear {pt_first},
Thank you for choosing us. Your sleeve gastrectomy with Dr. {doc2_last} is confirmed for {d4}.
Pick-up: our shuttle (plate {unit_plate}) meets you at {poe} crossing at {time1}.
Please bring passport {us_passport} and your driver's licence {dl}. If you drive yourself,
register your car for the secure lot: plate {plate}, VIN {vin}.
Upload your labs ({a1c}, {cr}) at {url} before {d3_us}.
Emergency line {fac_phone_fx}. Package price {money} (includes {count} nights hotel).
Kind regards, {staff_full}, Patient Coordinator
--- on {d2}, {pt_full} wrote:
> my BMI is {bmi}, I weigh {wt}. My PCP in {us_city} is Dr {doc_last}. Can my friend {rel_first} stay with me?
""",
        """medical travel portal -- inquiry record
inquiry_id={case_no}; created={dt_event}; source_ip={ip}
patient={pt_full}; dob={dob_iso}; email={pt_email}; phone={pt_phone}
home={us_city}, {us_state} {us_zip}
procedure=dental implants x4 (All-on-4), {brand_implant} guide
implant_udi_from_prior_work={udi}
destination={fx_fac}
referrer={rel2_full}
notes=BP {bp}; {drug1}; prior op {d1}; {icd2}
""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "w_binational_ambulance_handover_bilingual": (
        """HOJA DE ENTREGA / PATIENT HANDOVER -- traslado transfronterizo
Unidad MX: {unit_plate} ({ems_org})  ->  US unit at {poe} port of entry, {time1}
Paciente / Patient: {pt_caps}     Edad/Age: {age}     Fecha nac./DOB: {dob_local}
Domicilio: {fx_street}, {fx_district}, {fx_city}, C.P. {fx_postcode}
Expediente: {mrn_fx}    {fx_health_label} {fx_health_no}
Hospital de origen: {fx_fac}; médico tratante Dr(a). {fdoc_full}, céd. prof. {fx_lic}
Dx: {icd1}. TA {bp}, FC {hr}, SpO2 {spo2} con O2 {o2}. {drug3} en infusión.
Familiar: {rel_full}, tel. {rel_phone}
Receiving: {us_fac} ED, accepting MD Dr. {doc_last}; US crew {rn_full} / {escort_full}
CBP humanitarian parole doc reviewed by officer {officer_last}; passport {passport}.
Fecha/Date: {d_exam_local}
""",
        """CROSS-BORDER TRANSFER RUN -- receiving crew narrative
Met Mexican ambulance (placas {unit_plate}) at {poe} secondary lane. Pt {pt_full}, {age} yo, MVC in {fx_city}
on {d2_local}; pt's vehicle (plate {plate}, VIN {vin}) remained in MX per family.
Sending facility {fx_fac} record no. {mrn_fx}. Report from Dr {fdoc_last} via interpreter {interp_full}.
GCS {gcs}, {pain}, C-collar, {drug2}. Dest {us_fac} trauma bay {room}.
US insurance: none; {fx_health_label} {fx_health_no}. Emergency contact {rel_full} {rel_phone}.
Crew: {rn_full}, {escort_full}. Unit {count}. {cpt1}. Run date {d_exam}.
""",
    ),
    # 10 -----------------------------------------------------------------------------------------
    "w_air_ambulance_repatriation_flight_record": (
        """FIXED-WING AIR AMBULANCE -- REPATRIATION FLIGHT RECORD
Aircraft: Learjet 45 reg. {tail}   Route {apt1} -> {apt2}, {dist}, {alt}
Patient: {pt_lfm}   Age {age90}   DOB {dob_elder}
Origin bedside: {fx_fac}, room {room}; treating Dr {fdoc_full}
Destination: {us_fac}, {us_city2}; accepting Dr {doc_full} ({fac_phone})
Assistance case {assist_case}; policy {travel_policy}
Personal POC ({brand_poc}) serial {poc_serial} carried on board per IATA MEDIF.
Flight nurse {rn_full}; flight physician {doc2_full}. Escort (NOK): {rel_full}.
Wheels up {timez} on {d4_mil}; O2 {o2}; HR {hr}; {spo2}; {drug2}.
Ground ambulance at destination: unit {unit_plate}.
""",
        """REPAT PLAN / CHECKLIST -- case {assist_case}
[x] GOP received ({gop_ref})   [x] fit-to-fly from Dr {fdoc_last} dated {d3_local}
[x] passport {us_passport} copy   [x] bed confirmed {us_fac}
pt {pt_caps}   {age} y   {icd1}; {tb_class} n/a
Aircraft {tail}, crew: {rn_full}, {doc2_full}; pilot in command {pilot_last} (cert {pilot_cert})
Home address for ambulance leg: {us_street}, {us_city} {us_zip}
NOK {rel_full} {rel_phone}
ETD {time2}L {d4}   est. cost {money}
""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "w_mtf_sf600_sick_call_entry": (
        """CHRONOLOGICAL RECORD OF MEDICAL CARE (SF 600)
{d_exam_mil}  {mtf} / Troop Medical Clinic 3
S: {grade} {pt_caps_lf}, {mos}, {age} y/o AD, c/o R ankle inversion injury during PT.
O: BP {bp} HR {hr} T {temp}. Ottawa ankle rules neg. {pulhes}.
A: {icd2}.  P: {drug4}; profile 14 days; RTC PRN.
DoD ID {edipi}   SSN {ssn}   Unit: 2-{count} IN, {base}
Sponsor / FMP 20. Contact {pt_phone}
Signed: {doc_caps}, PA-C, {grade} ... NPI {npi}
""",
        """MHS GENESIS -- encounter summary (printed)
Patient: {pt_full}    DoD ID: {edipi}    DBN: {dbn}
FMP/SSN (legacy): 20/{ssn}
Facility: {mtf}, {base}
Encounter: {dt_event}   FIN {acct}
Chief complaint: hearing loss R ear after blast exposure
Audiology: hearing aid R ({brand_hearing}) serial {dev_serial} issued.
Provider: {doc_init}, AuD; technician {staff_first} {staff_last}
Follow-up {d5_mil} -- patient email {pt_email}
""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "w_post_deployment_dd2796_extract": (
        """POST-DEPLOYMENT HEALTH ASSESSMENT (DD Form 2796) -- extract
1. Name: {pt_caps_lf}      2. DoD ID: {edipi}      3. DOB: {dob_mil}
4. Service: Army   Component: National Guard   Grade: {grade}
5. Deployed location: {base}   Departed theater: {d2_mil}
6. Date of assessment: {d_exam_mil}
Home address: {us_street}, {us_city}, {us_state} {us_zip}   Cell {pt_phone}
ABIS biometric enrollment no.: {fp_id}
Exposures: burn pit ({count} days), {eponym} none. PHQ-2 score 1. AUDIT-C {gcs}.
Reviewing provider: {doc_full}, MD, NPI {npi}; {mtf}
""",
        """PDHA/PDHRA reviewer notes -- {pt_lfm} (svc no. {svc_no}, EDIPI {edipi})
Returned {d2} from {base}; home of record {us_city}, {us_county}.
Referred to TBI clinic ({icd3}); DD2796 item 15 positive. Spouse {rel_full} at {rel_phone}.
Reviewer {doc_init} {d_exam}. Case manager {staff_full}. Next PDHRA due {d6_us}.
TRICARE DBN {dbn}; SSN {ssn}.
""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "w_line_of_duty_investigation_memo": (
        """MEMORANDUM FOR RECORD
SUBJECT: Line of Duty Investigation -- {grade} {pt_full}, DoD ID {edipi}
1. On {d2_us} at approx {time1}, SM was operator of a POV (plate {plate}, VIN {vin}) involved in a
   single-vehicle collision on {us_street2}, {us_city2}, while on authorized leave from {base}.
2. SM was transported to {us_fac} (acct {acct}); BAC 0.0{count_small} g/dL; {icd1}.
3. Medical records reviewed: ED note by Dr. {doc_full}; ortho op note ({cpt1}) by Dr. {doc2_last}.
4. Witness: {rel2_full}, {rel_phone}.
5. Finding: In Line of Duty. Investigating officer: {officer_full}, {grade}. SM SSN {ssn}.
Date: {d5_mil}
""",
        """LOD worksheet (DA 2173 equivalent) - clinic extract
SM: {pt_caps_lf}  SSN {ssn}  DOB {dob}
Injury date {d2}; location {us_city2} (off post).  Hospital: {us_fac}, MRN {mrn}.
Treating MD {doc_full}, lic {state_lic}. Driver's licence {dl} (state {us_state}).
Vehicle: {plate}. Unit {mos}/{grade}. Reviewer {officer_init}. Signed {d5}.
""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "w_ihs_purchased_referred_care_referral": (
        """INDIAN HEALTH SERVICE -- PURCHASED/REFERRED CARE (PRC) REFERRAL (IHS-843-1A)
Patient: {tr_lfm}   HRN: {hrn}   DOB: {dob_elder}   Age: {age90}
Tribe/enrollment no.: {tribal_id}   CDIB no.: {cdib}
Residence: {us_street}, {chapter} Chapter, {us_county}, {us_state} {us_zip}
Phone: {pt_phone}  (msg: grandchild {tr_rel_full})
Medicare MBI {mbi}; Medicaid {medicaid}   -- alternate resources must pay first
Referring: {us_fac}, Dr. {doc_full} (NPI {npi})   Fax {fax}
Referred to: cardiology, {us_city2}. Dx {icd1}. Priority {pct} / medical priority I.
PRC authorization no. {pa_ref}   Approved {d3_us} by PRC officer {staff_full}.
""",
        """PRC committee log {d_exam}
 - {tr_caps_lf} (HRN {hrn}, elder age {age90w}): hip fx {icd2}, ortho out of network at {us_city2}; APPROVED, auth {pa_ref}
   residence verified {chapter}, {us_county}; CHS delivery area yes.
   contact: {pt_phone} / fax to vendor {fax}
 - note from benefits coordinator {staff_full}: Medicaid app pending ({medicaid}).
 - committee: {doc_init} (CD), {staff2_full}; {money} obligated under {policy_no}.
""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "w_tribal_chr_home_visit_note": (
        """COMMUNITY HEALTH REPRESENTATIVE (CHR) HOME VISIT
Client: {tr_full} ("{pt_nick}")   HRN {hrn}   DOB {dob_elder} (age {age90})
Location: {us_street}, {chapter}; nearest landmark: water tower, {count} mi off paved road
Visit {d_exam} {time1}. BP {bp}, HR {hr}, glucose 188. Meds: {drug1}, {drug2}.
Home O2 concentrator serial {poc_serial} -- filter cleaned. Firewood low; referred to chapter house.
Spoke with niece {tr_rel_full} ({rel_phone}). PHN {rn_full} to follow up {d4_us}.
CHR: {staff_full}   vehicle GSA tag {unit_plate}
""",
        """CHR encounter -- RPMS PCC+ data entry
DATE {d_exam}  PT {tr_caps_lf}  HRN {hrn}  CHART {us_fac}
POV: transport to dialysis in {us_city2}; pt's own truck (plate {plate}) broken down.
Tribal ID {tribal_id}. Phone {pt_phone}.
Service codes: health education, case finding. {icd3}. Time {count} min.
CHR {staff_first} {staff_last}; supervisor {staff2_full}.
""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "w_correctional_interfacility_transfer_summary": (
        """INTER-FACILITY HEALTH TRANSFER SUMMARY -- CONFIDENTIAL
Inmate: {pt_caps_lf}   DOC #: {inmate}   SID: {sid}   FBI #: {fbi_no}
DOB: {dob}   SSN: {ssn}   Medical record: {mrn}
Sending: {prison}, {us_city}   Receiving: {us_city2} reception center
Transport: van {unit_plate}, departure {dt_event}
Booking photo ref {photo}; livescan TCN {fp_id}
Active problems: {icd1}; {icd3}. TB screen: {tst} on {d2_us}.
Meds (7-day supply sent): {drug1}; {drug4}. KOP: no.
Pending: ortho consult {d5_us} with Dr. {doc2_full}.
Sending HSA: {staff_full}  ph {fac_phone}  fax {fax}
""",
        """transfer screening (receiving) -- {d_exam}
{pt_full}  #{inmate}  arrived on chain bus ({unit_plate}) from {prison} at {time1}.
Intake RN {rn_full}. Prior chart {mrn} requested; fax {fax}. Emergency contact {rel_full} {rel_phone}.
Reports prior care at {us_fac} ({d1}). {tst}. {drug1} continued. Room: {room}.
Photo matched to ID card {photo}. Mental health: {icd3}; referral to psych Dr. {doc_last}.
""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "w_ihsc_detainee_medical_transfer": (
        """MEDICAL SUMMARY OF FEDERAL DETAINEE (IHSC-811)
Name: {pt_lfm}   A-File: {a_number}   Country of citizenship: {country}
DOB: {dob}   Subject ID / IDENT FIN: {ident_fin}
Facility: {prison}, {us_city}   Transfer date: {d4_us}   Destination: removal staging, {us_city2}
Allergies: NKDA.  TB clearance: {igra}; {cxr} ({d2_us}).
Current meds: {drug1}; {drug3}.  Fit for travel: yes (commercial air, {flight}).
Consular notification: {country} consulate, officer {officer_full}, tel {fac_phone_fx}
Health record no. {mrn}   Photo {photo}
Prepared by: {rn_full}, RN; reviewed {doc_full}, MD, fax {fax}
""",
        """IHSC sick call -- Spanish interpreter line ({interp_first})
Detainee {pt_caps} (A# {a_number}), {age} años, from {fx_city}. Alias used at border: {pt_alias}.
Apprehended near {poe} on {d1}. Complains of cough {count} days; {temp}; {spo2}.
Family in US: sibling {rel_full}, {us_street}, {us_city} {us_zip}, {rel_phone}.
Fingerprint record {fp_id}. Plan: CXR, {igra}. Med record {mrn}. Provider {doc_init}, NP.
""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "w_cruise_infirmary_case_export": (
        """SHIP'S MEDICAL CENTRE -- case export (fixed width) -- voyage {count}
GUEST/CREW | NAME | CABIN | AGE | NATION | SEAPASS-PHOTO
GUEST | {pt_caps_lf} | {cabin} | {age90} | {cc} | {photo}
Date of visit: {d_exam}   Time: {time1}   Deck {deck} medical centre
Complaint: fall in dining room; {icd2}. BP {bp}; HR {hr}; {drug2}.
Home: {us_street}, {us_city}, {us_state} {us_zip}   Tel {pt_phone}
Travel insurer {insurer}; policy {travel_policy}
Shoreside transfer at {port_city}: {fx_fac}; port agent {staff_full}
Ship's doctor: Dr {doc_full} (licence {fx_lic});  nurse {rn_first}
Travelling companion {rel_full}, cabin {cabin}
""",
        """infirmary_visits.csv
visit_date,guest_name,dob,cabin,passport,complaint,charges,folio
{d_exam_iso},"{pt_lfm}",{dob_iso},{cabin},{us_passport},gastroenteritis {icd3},{money2},{acct}
# norovirus cluster log: isolate cabin {cabin}; {count} cases ship-wide; {drug1}
# guest CPAP ({brand_cpap}) SN {dev_serial} -- distilled water supplied
# telemedicine consult via VSAT {ip} with shore MD {doc2_full}
""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "w_offshore_platform_medevac_report": (
        """OFFSHORE INSTALLATION -- MEDIC INCIDENT & MEDEVAC REPORT
Installation: drilling platform, {sea_state}; position {coords}
Casualty: {pt_full}   Employee no. {employee_id}   DOB {dob}   Contractor: {contractor}
Seafarer/offshore medical cert. {cert_no}
Incident {dt_event}: crush injury L hand, {icd1}. {pain}. {drug2}.
Topside doctor (telemed): Dr {doc2_full}, via {ip}
Helicopter {tail} lifted {timez}, landed {us_city} heliport; ground unit {unit_plate}
Receiving: {us_fac}, Dr {doc_last}
Medic: {staff_full}   OIM notified: {staff2_full}
Next of kin: {rel_full} {rel_phone}   Badge photo {photo}
""",
        """MEDIC LOG -- night shift
{time2} {pt_caps} (emp {employee_id}, age {age}) c/o chest pain, {bp}, {hr}, {spo2}.
ECG faxed to topside MD {fax} -- STE? Dr {doc2_last} advises MEDEVAC. {drug4}.
{timez} aircraft {tail} on deck. Home address per HR: {us_street}, {us_city} {us_zip}.
Spouse {rel_first} called from {rel_phone}. Case closed {d1}.
""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "w_travel_assistance_case_notes": (
        """ASSISTANCE CASE {assist_case} -- file notes
{dt_event} call-in from {rel_full} ({rel_phone}); caller verified by voiceprint {voice_id}
Insured: {pt_full}, DOB {dob_elder}, age {age90}, policy {travel_policy}
Incident: fall in {fx_city} ({country}); admitted {fx_fac}, record no. {mrn_fx}
Treating: Dr {fdoc_full}, tel {fac_phone_fx}, fax {fax_fx}
GOP {gop_ref} issued for {gop_amt}; claim {claim}
Medical officer: {doc_full} -- review {icd1}, {hgb}, {cr}; plan stretcher repat.
Insured's pacemaker serial {dev_serial} noted for security screening letter.
Docs uploaded by family via {url} from {ip}
Handler: {staff_full} ({staff_email})
""",
        """Travel claim form -- Section B (medical)
Claimant {pt_lfm}   Policy/cert {travel_policy}   Claim no. {claim}
Home address {us_street} {us_unit}, {us_city}, {us_state} {us_zip}   Email {pt_email}
Trip: departed {d1_us}, returned {d4_us}. Illness onset {d2_us} in {fx_city}.
Rental car involved (plate {plate}). Local police report no. on file.
Physician abroad: {fdoc_full}, {fx_fac}; invoice {invoice} for {money}.
Insulin pump serial {dev_serial} replaced abroad ({brand_pump}).
US PCP {doc_full}, NPI {npi}, phone {fac_phone}.
""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "w_tissue_export_shipment_manifest": (
        """INTERNATIONAL TISSUE SHIPMENT -- MANIFEST & CHAIN OF CUSTODY
Product: corneal tissue x2 (donor ID {unos}, ISBT 128 DIN {din}); {cold}; media Optisol-GS
Donor age {age_x}; cause of death {icd1}; serology {rpr}; HBsAg non-reactive.
Recovered {d1_iso} at {us_fac}; recovery tech {staff_full}
Recipient centre: {fx_fac}; surgeon Dr {fdoc_full}, reg. {fx_lic}
Recipient: {pt_init}, hospital no. {mrn_fx}, DOB {dob_local}
Courier: {escort_full}, passport {passport}; flight {flight} {apt1}->{apt2}
Handoff {dt_event2} -- received by {interp_full}
Import permit ref {case_no}; contact {staff_email}, tel {fac_phone}
""",
        """unrelated donor cell shipment -- courier log
GRID {grid} | donor center {donor_center} | recipient {pt_caps_lf}, DOB {dob_iso}, transplant centre {fx_fac}
collected {d3_iso} {time1} | product HPC-Apheresis | {cold} | {hrs} transit
courier {escort_full} (passport {us_passport}) | customs at {apt2} cleared {dt_event2}
recipient coordinator {staff_full} {staff_email} {fac_phone_fx}
""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "w_certified_translation_foreign_discharge": (
        """CERTIFIED TRANSLATION -- from {lang_name} into English
[Translator's note: original letterhead of {fx_fac}; stamp partially illegible]
DISCHARGE SUMMARY (Epicrisis)
Patient: {pt_full}   Identity document: {natid_label} {natid}   Date of birth: {dob_local}
Address: {fx_street}, {fx_district}, {fx_city}
Record No.: {mrn_fx}   {fx_health_label} {fx_health_no}
Admitted {d1_local}; discharged {d2_local}.
Diagnosis: {icd1}. Procedure: laparoscopic cholecystectomy on {d1_local}.
Treatment: {drug3}, {drug1}.
Attending physician: Dr. {fdoc_full}, professional registration {fx_lic}
I, {interp_full}, certify that I am competent to translate from {lang_name} into English and that the
above is a true and accurate translation. Signed {d3_us}. Tel {fac_phone}.
""",
        """TRANSLATION JOB TICKET -- {interp_org}
Job {case_no} | due {d4_us} | pages {count} | rate {money2}
Source docs: operative report + implant card from {fx_fac}
Patient {pt_lfm}; DOB {dob}; US MRN {mrn}
Implant sticker (transcribed): {udi}
Translator: {interp_full}; reviewer {staff_full}
Return to: {staff_email}, fax {fax}
""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "w_foreign_record_reconciliation_note": (
        """OUTSIDE RECORDS RECONCILIATION -- records received from abroad
Patient {pt_full} (MRN {mrn}, DOB {dob}) recently moved from {fx_city}, {country}.
Received via patient portal upload on {d3_us}: labs from {fx_fac} (hospital no. {mrn_fx}) dated {d1_local},
vaccination card, prescriptions from Dr {fdoc_full}.
Foreign meds mapped: "{drug1}" -- equivalent on US formulary; {drug3} ({ndc}).
Units: creatinine reported in umol/L; converted: {cr}. {a1c}.
Prior {eponym}? Not supported by records.
Foreign health number retained in demographics: {fx_health_label} {fx_health_no}
Reconciled by {rn_full}, RN, with {doc_init}, MD on {d_exam}. Interpreter {interp_full}.
""",
        """Problem-list merge (outside data, pending review)
src_system=scan | src_facility={fx_fac} | src_patient_id={mrn_fx} | local_mrn={mrn}
name_on_source={pt_caps} | name_local={pt_lfm} | dob_source={dob_local} | dob_local={dob_iso}
diagnoses: {icd1}; {icd2} | allergies: penicillin (rash) | {hgb}
address_source={fx_street}, {fx_city} {fx_postcode} | address_local={us_street}, {us_city} {us_zip}
implant serial (prior hip arthroplasty) {dev_serial}
reviewer {doc_full} | {dt_event}
""",
        """[fax image, OCR text, low confidence]
LABORAT0RY REP0RT   pg {page}
Narne: {pt_last_ocr} {pt_first}      Hosp. N0: {mrn_ocr}
D.0.B: {dob_local}       Ref. Dr: {fdoc_last}
Col1ected: {d1_local}   Rep0rted: {d1_local}
{hgb}  {wbc}  {cr}  {a1c}
Address on file: {fx_district}, {fx_city}
--- received into US chart {d3_us}, MRN {mrn}, by {staff_init}; fax from {fax_fx}
""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "w_consular_death_abroad_medical_report": (
        """REPORT OF DEATH OF A U.S. CITIZEN ABROAD -- medical information worksheet (consular section)
Deceased: {pt_full}   Date of birth: {dob_elder}   Age: {age90}
U.S. passport: {us_passport}   SSN: {ssn}
Permanent US address: {us_street}, {us_city}, {us_state} {us_zip}
Date and time of death: {dt_event}   Place: {fx_fac}, {fx_city}
Cause of death (per local certificate): {icd1}; local death certificate no. {death_cert}
Certifying physician: Dr {fdoc_full}
Disposition: remains repatriated via {flight}; funeral home in {us_city2}
Next of kin: {rel_full}, {rel_phone}, {pt_email}
Consular officer: {officer_full}   Post reference {consular_ref}
""",
        """duty officer note {d_exam}
Call from {fx_fac} re US citizen {pt_caps_lf}, {age90w} years old, died {dt_event}. Travel insurer {insurer} case {assist_case}.
Hospital contact Dr {fdoc_last}, {fac_phone_fx}. NOK {rel_full} in {us_city} notified {time1} at {rel_phone}.
Passport {us_passport} to be cancelled. Ref {consular_ref}. -- {officer_init}
""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "w_hl7_adt_a04_intl_registration": (
        """MSH|^~\\&|REG|INTLDESK|ADT|HOSP|{d_exam_hl7}||ADT^A04|{count}{count}|P|2.5.1
EVN|A04|{d_exam_hl7}
PID|1||{mrn}^^^HOSP^MR~{passport}^^^{cc}^PPN~{a_number}^^^USCIS^AN||{pt_last_caps}^{pt_first_caps}||{dob_hl7}|{sex}|||{fx_street}^^{fx_city}^^{fx_postcode}^{cc}||{pt_phone_fx}|||||{acct}|{ssn}
NK1|1|{rel_full}|SPO|{us_street}^^{us_city}^{us_state}^{us_zip}|{rel_phone}
PV1|1|O|INTL^{room}||||{npi}^{doc_last}^{doc_first}
IN1|1|TRV01|{insurer}|||||||||||||||||||||||||||||||||{travel_policy}
""",
        """MSH|^~\\&|INTLPT|MEDTOUR|EHR|MAIN|{d_exam_hl7}||ADT^A04|MT{count}|P|2.3
PID|1||{mrn}||{pt_last_caps}^{pt_first_caps}||{dob_hl7}|{sex}|||||^NET^Internet^{pt_email}
PD1|||{fx_fac}
PV1|1|I|{room}|||||||||||||||{acct}
ZIN|GOP|{gop_ref}|{gop_amt}|{staff_full}|{fax_fx}
NTE|1||Referral from Dr {fdoc_full}, {fx_city}. Passport {passport}. {icd1}.
""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "w_va_fmp_claim_cover": (
        """VA FOREIGN MEDICAL PROGRAM -- CLAIM COVER SHEET (VA Form 10-7959f-2)
Veteran: {pt_lfm}   VA file no. / SSN: {ssn}   DOB: {dob_elder}   Age: {age90}
Current address abroad: {fx_street}, {fx_city} {fx_postcode}, {country}
Telephone: {pt_phone_fx}   Email: {pt_email}
Service-connected condition: {icd3} ({pct})
Provider abroad: {fx_fac}; Dr {fdoc_full}; invoice {invoice}, {money}
Claim no. {claim}   Submitted {d4_us}   Fax: {fax}
Authorized representative: {rel_full}
""",
        """FMP e-submission receipt
Claimant {pt_full} (SSN {ssn}); claim {claim}; sent {dt_event} from IP {ip}
Attachments: itemized bill ({money}), medical report from Dr {fdoc_full} dated {d2_local}, translation ({interp_org})
Veteran's residence {fx_city}; mailing c/o {rel_full}, {us_street}, {us_city} {us_zip}
Status link {url}. Questions: fax {fax} or {fac_phone}.
""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "w_tricare_overseas_claim_form": (
        """TRICARE OVERSEAS PROGRAM -- CLAIM (DD Form 2642 equivalent)
1. Patient: {pt_full}   DOB {dob}   Sex {sex}
2. Sponsor: {rel_full}   Sponsor DoD ID {edipi}   Sponsor SSN {ssn}
3. DBN: {dbn}   Other health insurance: {fx_health_label} {fx_health_no}
4. Patient address: {fx_street}, {fx_city} {fx_postcode}   Tel {pt_phone_fx}
5. Provider: {fx_fac}, Dr {fdoc_full}   Invoice {invoice}   Amount {money}
6. Dates of service {d2_local} to {d3_local}   Dx {icd2}   {cpt2}
TOP claim no. {claim}. Fax/mail to regional contractor, fax {fax}
Sponsor installation: {base}
""",
        """TOP case note -- {dt_event}
Caller {rel_full} (sponsor, {grade}) re ADFM {pt_full}, DBN {dbn}, delivered at {fx_fac} on {d2}.
Host-nation provider demanded cash {money}; GOP {gop_ref} issued. Claim {claim}.
Sponsor email {pt_email}; DSN {ext}; cell {rel_phone}. Agent {staff_init}.
""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "w_binational_tb_referral_curetb": (
        """BINATIONAL TB REFERRAL (patient moving across the border during treatment)
Patient: {pt_full}   DOB {dob}   Sex {sex}   Alias: {pt_alias}
US case no. {case_no}   {us_county} TB Control, MRN {mrn}
Destination: {fx_street}, {fx_district}, {fx_city}, C.P. {fx_postcode}, {country}
Contact phone in destination: {pt_phone_fx}; relative {rel_full} {rel_phone}
Regimen: {drug1}; started {d1_us}; doses completed {count}/120; smear conversion {d2_us}.
Isolate: pan-susceptible; accession {accession}. {cxr}.
Referring: {rn_full}, RN, tel {fac_phone}, fax {fax}; physician {doc_full}
Receiving jurisdiction: Jurisdicción Sanitaria, {fx_city}; Dr(a). {fdoc_full}
Expected departure {d4_us}.
""",
        """Referencia binacional -- seguimiento
Paciente {pt_caps} (exp. {mrn_fx}) llegó a {fx_city} el {d4_local}. Continúa {drug1}.
{natid_label}: {natid}. Tel. {pt_phone_fx}. Enviado por {rn_full} ({us_county}).
Confirmado por Dr(a). {fdoc_last}; fax {fax_fx}. Próxima cita {d5_local}.
""",
    ),
}

# add one more type (seafarer medicals) so there are 29 document types
TEMPLATES["w_seafarer_pre_employment_medical"] = (
    """SEAFARER MEDICAL CERTIFICATE (STCW / ILO MLC) -- examination record
Surname: {pt_last}   Given names: {pt_first}   Date of birth: {dob_local}
Nationality: {nationality}   Passport / seaman's book: {passport}
Home address: {fx_street}, {fx_district}, {fx_city} {fx_postcode}
Department: deck   Rank: AB   Manning agent: {manning}
Vision: 6/6 both eyes, colour vision Ishihara 17/17. Hearing: normal. {bp}, BMI {bmi}.
Drug & alcohol screen: negative (chain of custody form on file).
Fit for lookout duties: YES  Limitations: none   Valid until {d6_local}
Medical certificate no. {cert_no}
Approved medical practitioner: Dr {doc_full}, licence {fx_lic}; tel {fac_phone_fx}
Seafarer signature ............  Date of examination {d_exam_local}
""",
    """PEME clinic register
{d_exam_local}  {pt_caps_lf}  DOB {dob_local}  pp {passport}  emp {employee_id}
  vessel: bulk carrier (flag {country_x})  result FIT  cert {cert_no}  photo {photo}
  seafarer email {pt_email}  mobile {pt_phone_fx}
  examiner {doc_init}  lab accession {accession}  {hgb}; {a1c}
""",
)

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """CIVIL SURGEON CLINIC -- immigration exam fee schedule ({ver})
Exam + Form I-693: {money2} | IGRA ({cpt1}): $85 | CXR 2 views ({cpt2}): $120 | RPR: $30
Vaccines billed per dose; stock {vax1} {lot1}, {vax2} {lot2}; {ndc}.
Applicants aged 18-44 need syphilis and gonorrhea testing; ages 2 and over need IGRA.
Sealed envelope policy: {policy_no}. Questions go to the front desk, {ext}.
Payment by card only. Refunds within {count} business days.
""",
    """TB classification quick reference for {role}
{tb_class}: report to health department within 30 days of arrival.
{igra}. {tst}. {cxr}.
Treat LTBI with {drug1} or 4 months of rifampin; check {cr} and LFTs at baseline if age over 35 ({age_x} in the example).
Codes: {icd1}; {icd2}; {loinc}; {snomed}.
""",
    """VACCINATION REQUIREMENTS GRID (DS-3025) -- age-appropriate doses
Age band | Vaccine | Doses | Note
0-6 y | {vax1} | 2 | minimum interval 4 weeks
7-18 y | {vax2} | 1 | catch-up
19-64 y | {vax3} | 1 | if no documented immunity
65 y+ | {vax4} | 1 | seasonal only, not when unavailable
Blanket waiver codes: not age-appropriate, contraindicated, not routinely available, not flu season.
Stock on hand: {lot1}, {lot3}; cold chain {cold}.
""",
    """PANEL SITE DAILY STATISTICS -- {year}, week {count}
Applicants examined: {count}; children under 15: {age_k}; sputum collected: 12.
{tb_class} results: 3.  Deferred for pregnancy: 1.  Average wait {hrs}.
X-ray unit downtime {time1}-{time2}. Radiologist on duty: {role}.
Fees collected {money}. Form version {ver}.
""",
    """REFUGEE HEALTH PROGRAM -- monthly aggregate report
Arrivals screened: {count} (target 90% within 30 days); {pct} completed within 90 days.
Top findings: {eos}; {hgb}; {icd1}; {icd3}.
Presumptive treatment reported: {drug3} in {pct} of records.
Interpreter minutes: {count}00. Languages: Dari, Pashto, Swahili, Kinyarwanda, Ukrainian.
Prepared by {role}; reviewed by {role2}. Next report {year2}.
""",
    """INTERNATIONAL PATIENT SERVICES -- package price list {year}
Knee replacement ({drg}): {money} incl. {count} nights, implant ({brand_implant}) and physiotherapy.
Cardiac workup ({cpt1}, {cpt2}): {money2}.  Bariatric sleeve: {gop_amt}.
Deposit {pct}; GOP accepted from {insurer} and most major assistance companies.
Accommodation for one companion, room {room}. Airport transfer from {apt1}.
""",
    """MEDICAL TRAVEL FAQ
Q: How long should I stay after surgery? A: Usually {hrs} in hospital and 10 days nearby.
Q: Can I fly home? A: Most airlines allow flight after {count} days; cabin pressure is {alt}.
Q: Which medicines should I bring? A: e.g. {drug1}, {drug2}; keep them in hand luggage.
Q: Is the price final? A: Quotes like {money} exclude complications ({icd2}).
Contact the coordinator team at {insurer}.
""",
    """CROSS-BORDER AMBULANCE PROTOCOL {policy_no} ({ver})
1. Sending unit calls {role} with ETA; meet at the secondary inspection lane.
2. Transfer of care only after verbal report: GCS {gcs}, BP {bp}, HR {hr}, SpO2 {spo2}.
3. Infusions such as {drug3} continue on the receiving pump; document {pain}.
4. Bill {cpt1}; mileage {hcpcs}; {rev}.
5. No crossing after {time1} without supervisor approval.
""",
    """AIR AMBULANCE EQUIPMENT & PRE-FLIGHT CHECKLIST (aircraft cabin)
[ ] {brand_monitor} monitor - battery {pct}
[ ] O2 supply for {o2} x {hrs} + 50% reserve
[ ] Cabin altitude: {alt}; consider sea-level cabin for pneumothorax ({icd2})
[ ] Drugs: {drug1}; {drug2}; {drug4}
[ ] Route {apt1}-{apt2}, {dist}, fuel stop if over 1,800 nm
Signed off by {role} at {timez}.
""",
    """SICK CALL SOP (policy {policy_no}) -- troop medical clinic
Hours {time1}-{time2}. Soldiers E-1 through {grade} report in uniform.
Profiles over 30 days need {role} review. {pulhes} is recorded at each PHA.
Common codes: {icd1}; {icd2}; {cpt1}. Stocked: {drug2}, {drug4}.
MOS {mos} soldiers with lower-extremity injuries see PT first.
""",
    """DEPLOYMENT HEALTH BRIEF -- what to expect
Pre-deployment (DD Form 2795) within 120 days of departure; post-deployment within 30 days of return.
Reassessment 90-180 days after return. Burn pit registry open since {year}.
Typical screens: PHQ-2, AUDIT-C, PCL-5 (cut-off 33), hearing (sound booth).
Questions to {role} or the Defense Health Agency.
""",
    """PURCHASED/REFERRED CARE -- medical priorities (policy {policy_no})
Priority I: emergent/acutely urgent care (e.g. {icd1}). Priority II: preventive, {cpt1}.
Priority III: primary and secondary care. Priority IV: chronic tertiary care.
Alternate resources (Medicare, Medicaid, private) are billed first; {rev}; {drg}.
72-hour notification rule for emergencies; elders aged 55+ may notify within 30 days.
Funding this quarter: {money} obligated, {money2} remaining.
""",
    """CHR PROGRAM MONTHLY ACTIVITY SUMMARY
Home visits: {count}; transports: {count}; BP checks averaging {bp}.
Diabetes education sessions: 14; average {a1c}.
Fuel reimbursed {money2}. Vehicles out of service: 2 (fleet, not patient-assigned).
Service units reporting: 6 of 8. Prepared by {role}.
""",
    """INTER-FACILITY HEALTH TRANSFER POLICY ({policy_no})
A 7-day supply of {drug1} and {drug4} accompanies each transfer.
TB screen ({tst}) within 12 months; {igra} acceptable.
Keep-on-person meds are collected by {role}. Chain buses leave at {time1}.
Mental health holds ({icd3}) require {role2} sign-off. Cell block and bed assignments are made on arrival ({room}).
""",
    """DETENTION HEALTH STANDARDS -- excerpt ({ver})
Intake screening within 12 hours; full health assessment within 14 days.
TB: {cxr}; symptom screen for cough over 3 weeks, {temp}, night sweats.
Medication continuity: {drug2}, {drug3}. Hunger strike monitoring after 72 h.
Consular notification for nationals of mandatory-notification countries such as {country_x}.
""",
    """SHIP'S MEDICAL CENTRE -- formulary stock & lot log (voyage {count})
Item | Qty | Lot | Note
{drug1} | 40 | {lot1} | restock at next port
{drug2} | 12 | {lot2} | cold chain {cold}
{vax1} | 10 | {lot3} | crew campaign
Defibrillator {brand_monitor} daily check OK. Hospital deck {deck}, cabin {cabin} used as isolation.
Charges: consult {money2}; {cpt1}.
""",
    """OFFSHORE MEDIC KIT INVENTORY -- platform medical room
Oxygen: 2 x D cylinders, {o2} regulator. AED {brand_monitor}. Suction unit.
Drugs: {drug2}; {drug4}; adrenaline 1 mg/10 mL x 4; {lot4}.
Helideck: {sea_state} limit for night flights. Telemedicine hours {time1}-{time2}.
Crew of {count} on board; medic ratio 1:{count}.
""",
    """FIT-TO-FLY GUIDANCE (assistance medical team, {ver})
Hb under 8 g/dL: supplemental O2 ({o2}). {hgb} acceptable for commercial flight.
Post-MI: uncomplicated {icd1} fly after 7-10 days. Pneumothorax: 14 days after resolution.
Stretcher on commercial flight costs approx {money}; air ambulance {gop_amt}.
Reviewed by {role}; policy {policy_no}.
""",
    """TISSUE SHIPPER VALIDATION -- summer profile test
Shipper model: dry-shipper / wet-ice box; logger TempTale-style USB; set point {cold}.
Duration {hrs}; excursion none; ambient {temp}.
Route tested {apt1}->{apt2} ({flight}); customs hold simulated 6 h.
Accepted by {role}; SOP {policy_no}.
""",
    """TRANSLATION STYLE GUIDE -- clinical documents
Write dates as they appear in the source; convert units: glucose mmol/L x 18 = mg/dL; {cr}.
Drug names: keep the brand, add the generic ({drug1}).
Keep codes as-is: {icd1}, {snomed}, {loinc}.
Do not translate institution names; mark illegible text as [illegible].
Rates: {money2} per page; rush {pct} surcharge.
""",
    """OUTSIDE RECORDS -- unit conversion table for reconciliation
Creatinine umol/L / 88.4 = mg/dL ({cr})
HbA1c mmol/mol -> % ({a1c})
Hemoglobin g/L / 10 = g/dL ({hgb})
Temperature: {temp}. Weight: {wt}; height {ht}; BMI {bmi}.
Reconciled by {role}; escalate discrepancies to {role2}.
""",
    """CONSULAR SECTION -- assisting citizens who die abroad (general guidance)
The consular officer obtains the local death certificate and issues a report of death.
Repatriation costs range from {money2} to {money}. Embalming rules vary; {country_x} requires a sealed casket.
Hospital bills are the estate's responsibility. Translation through {interp_org}.
Reference {policy_no}; updated {year}.
""",
    """INTERFACE SPEC -- international registration (ADT A04) {ver}
PID-3: repeat list of identifiers; type codes MR, PPN (passport), AN (alien number)
PID-11: address incl. country code (ISO 3166 alpha-3)
PID-19: SSN (blank for most foreign nationals)
IN1-36: travel policy number; GOP in ZIN-2 with amount in ZIN-3 (e.g. {gop_amt})
Sample codes only: {icd1}; {cpt1}; {rev}. Owner: {role}.
""",
    """FOREIGN MEDICAL PROGRAM -- billing guide (VA FMP)
Covered: treatment for service-connected conditions only ({icd3}).
Claims over {money} need itemized bills and a translation.
Codes accepted: {cpt1}, {cpt2}, {hcpcs}. Filing limit 2 years from date of service.
Pharmacy receipts: list {drug1}, strength and quantity.
""",
    """TRICARE OVERSEAS -- how to file a host-nation claim
Use the claim form, attach itemized bill ({money}), proof of payment and a translation.
Diagnosis codes such as {icd2}; procedure {cpt2}. Cost-share {pct} for some plans.
Send within 3 years. Contact the regional call center, {ext}.
""",
    """BINATIONAL TB PROGRAM -- quarterly metrics
Referrals sent: {count}; received: {count}; treatment completion {pct}.
Median time to first contact {hrs}. Regimens: {drug1}; {drug2}.
Partner jurisdictions in {country_x} and {state_x}. {tb_class} follow-up rate {pct}.
""",
    """SEAFARER MEDICAL FITNESS STANDARDS (summary table)
Vision: 0.5 one eye, 0.1 other (unaided) for deck; colour vision required for lookout.
Hearing: 30 dB average at 500-2000 Hz. BP under 160/100 (example {bp}).
Diabetes on insulin ({drug3}): restricted to near-coastal. {a1c} reviewed annually.
Validity: 2 years (1 year if under age 18, e.g. {age_k}).
""",
)
