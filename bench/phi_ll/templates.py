"""Document styles of set L: how records in US care hold the names and identities of patients and families
of many cultures. ``{key}`` is filled from ``values``; typed values become gold spans."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------------
    "sl_reg_demographics_screen": (
        """REGISTRATION - PATIENT DEMOGRAPHICS                        Screen PT-REG-3   Wkstn REG04
------------------------------------------------------------------------------------------
Legal Name (Last, First Middle) : {pt_caps}
Name in native script           : {pt_native}
Preferred name                  : {pt_pref}
Sex at birth : {pt_sex}        DOB : {dob_us}        MRN : {mrn}
SSN          : {ssn}           Acct: {acct}
Address      : {street_caps}  Apt {unit}
City/St/Zip  : {city_caps}, {state} {zip}     County: {county}
Home phone   : {phone}         Cell: {phone2}
Preferred language : {lang} ({lang_code})   Interpreter needed: Y
Race (OMB)   : {race} [{race_code}]    Ethnicity: {eth} [{eth_code}]
Country of birth : {country}    Place of birth: {birth_city}
Emergency contact: {rel_full} ({rel_role})  {phone_intl}
Payor 1      : {plan}   Member ID {hp_id}   Group {group}
Photo on file: {photo}    Palm-vein enrollment: {bio}
Registered by: {clerk_full}  {visit_dt}
------------------------------------------------------------------------------------------
F3=Alias  F5=Guarantor  F9=Interp Request  F12=Cancel""",
        """*** ADT DEMOGRAPHIC UPDATE - {facility} ***
Patient.......: {pt_reg}                 MRN........: {mrn}
Also known as.: {pt_alt}
Native script.: {pt_native}   (romanised spelling above is the identifier of record)
DOB...........: {dob}    Age: {age}y   Sex: {pt_sex}
Street........: {street}, Unit {unit}
City..........: {city}   ZIP: {zip}
Phone.........: {phone}   E-mail: {email}
Driver lic....: {dl} ({state})
Lang spoken...: {lang}   Lang written: {lang}   Literacy: limited
Religion......: {relig}   Diet: {diet}
Guarantor.....: {rel_reg}   rel: {role}
Ins...........: Medicaid {medicaid} / {plan}
Vehicle (parking validation): plate {plate}
Fingerprint template (kiosk check-in): {bio}
Portal invite: {url}
Updated {visit_dt} by {clerk_first} {clerk_last}; verified against {form}.""",
        """Pt Name|{pt_caps}|DOB|{dob_iso}|MRN|{mrn}|SSN|{ssn}
Addr|{street}|Apt|{unit}|City|{city}|ST|{state}|ZIP|{zip}
Ph|{phone}|Email|{email}
Pref Name|{pt_pref}|Native|{pt_native}|Lang|{lang_code}|Interp|Y
Race|{race_code}|Eth|{eth_code}|Birth country|{country}
NOK|{rel_full}|NOK Ph|{phone2}
Photo|{photo}|Biometric|{bio}
PCP|{md_full}|PCP NPI|{npi}
Clinic NPI|{org_npi}|Clinic|{org}""",
    ),
    # 2 ------------------------------------------------------------------------------------------------
    "sl_interpreter_session_note": (
        """INTERPRETER SERVICES - ENCOUNTER NOTE
Date of service: {visit_long}    Start {time}  Duration {mins} min   Mode: in person
Patient: {pt_full} (chart: {pt_reg})   MRN {mrn}   DOB {dob}
Language: {lang}   Dialect noted by interpreter.
Interpreter: {interp_full}, staff ID {emp_id}, CCHI cert # {interp_cert}
Clinician: Dr. {md_last}   Location: {room}
Summary: Patient prefers to be called {pt_pref}. The patient's {rel_role} {rel_first} was present but did not interpret
(family members are not used as interpreters per {policy}). Consecutive mode. Discussed {med1} {dose1}; teach-back
completed. Patient asked that {pt_her} name be written as {pt_native} on the printed instructions.
Billing: {hcpcs} x {qty} units. Vendor not used.
{interp_first} {interp_last}, CHI""",
        """Interp note // {visit_us} {time2}
pt {pt_first} {pt_last} ({lang}), MRN: {mrn}
interp: {interp_first} {interp_last} #{emp_id}, cert {interp_cert}
provider {role} - {md_full}
- pt's {rel_role} {rel_full} initially tried to answer for pt; redirected.
- pt states name on ID card differs: {pt_alt}. Registration notified.
- PHQ-9 administered via interp: {phq}. GAD-7 {gad}.
- VRI backup connected from {ip} after audio dropped
- f/u {date2} w/ same interpreter if possible; pt cell {phone}
{hcpcs}, {mins} min""",
        """LANGUAGE ACCESS DOCUMENTATION
Patient name (romanised, as registered): {pt_reg}
Patient name (as patient writes it): {pt_native}
Date/time: {visit_dt}     Dept: {room}
Interpreter name: {interp_full}     Interpreter ID: {emp_id}
Certification: National Board CMI, number {interp_cert}
Phone used for follow-up call: {phone}
Family present: {rel_full} ({rel_role}), {rel2_full}
Notes: Interpreter clarified that {pt_first} is the given name and {pt_last} the family name; the
wristband was printed the other way round. HIM ticket {ticket} opened. Consent for {cpt} procedure explained.""",
    ),
    # 3 ------------------------------------------------------------------------------------------------
    "sl_cultural_liaison_consult": (
        """Cultural Liaison Consult
Requested by {role} for {pt_full}, MRN {mrn}, {room}. Consult date {visit}.
Liaison: {chw_full} ({lang} community), pager {phone2}.
Background: {pt_first} arrived in the US on {arrive} from {camp}, originally from {birth_city}, {country}.
Household in {hood}, {city}. Family spokesperson is the {rel_role} {rel_full}; grandmother {elder_first}
({elder_age} years old) is consulted on all major decisions.
Observations: Patient avoids eye contact with male clinicians; prefers female clinicians ({role2} informed). Observes {holiday};
diet {diet}. Uses {herb}, brought by {rel2_role} {rel2_first}.
Recommendations: 1) family meeting with {rel_first} present; 2) interpreter in person, not family;
3) schedule around {holiday2}. Contact liaison at {email}; family portal proxy set up at {url}.
{chw_first} {chw_last}, Cultural Liaison""",
        """CULTURAL BROKER NOTE - {facility}
Pt: {pt_reg} / goes by {pt_pref}     DOB {dob}     Acct {acct}
Seen with interpreter {interp_full} and liaison {chw_full} on {visit_long}.
The family name {pt_last} is written first in {lang}; staff had been addressing the patient as
"Mr./Ms. {pt_first}". Explained to unit. Father's name recorded in chart as middle name ({pt_middle}).
Family member {rel_full} ({rel_role}) requested that news be shared with the family first; ethics not needed at present.
Elder {elder_full}, age {elder_age_w}, lives with family at {street}, {city} {zip}.
Summary faxed to PCP at {fax}.
Religion: {relig}. Fasting for {holiday} may affect {med1} ({dose1}).
Liaison phone: {phone}. Next liaison visit {date2_md}.""",
    ),
    # 4 ------------------------------------------------------------------------------------------------
    "sl_refugee_domestic_screening": (
        """DOMESTIC REFUGEE HEALTH ASSESSMENT (initial)              {form}
Name: {pt_caps}                      Alien # (A-number): {a_number}
Other names used: {pt_alt}
DOB: {dob_us}   (per I-94 {i94}; family reports true DOB unknown, registered as {dob_wrong})
Country of origin: {country}   Country of asylum: {country2}   Camp: {camp}
US arrival date: {arrive}    Resettlement agency: {org}, case # {case_no}
Caseworker: {sw_full}   ph {phone2}
Address: {street}, Apt {unit}, {city}, {state} {zip}
Medicaid (RMA): {medicaid}     Clinic MRN: {mrn}     SSN (issued): {ssn}
Screening ({visit}):
  IGRA: {igra}    HBsAg: {hbsag}    Hgb {hgb} g/dL    Eos {eos}%
  Lead: pediatric only   Strongyloides IgG sent, accession {accession}
  Presumptive albendazole given overseas: yes (400 mg x1); today {med1} {dose1}
Vaccines given today: {vaccine} lot {lot}; {cpt}
Interpreter: {interp_full} ({lang})
Clinician: {md_full}, NPI {npi}""",
        """Refugee Screening Clinic — Family Roster   Visit {visit_us}
Case no {case_no}   Arrived {arrive} via {city_abroad}   Sponsor/anchor: {rel2_full}, {city2}
#  Name (as on I-94)          A-number      DOB          Sex
1  {pt_caps}   {a_number}   {dob_dot}   {pt_sex}
2  {rel_caps}   (pending)     {date4}   --
Head of household phone: {phone}
Notes: {pt_first}'s name was transcribed at {camp} as {pt_alt}; US documents use the spelling in row 1.
TB: TST {tst} mm; CXR read by {role}. Hep B: {hbsag}. Vit D {vitd} ng/mL. BMI {bmi}.
Referred to {facility} for {icd2_txt} ({icd2}). Mental health screen RHS-15 done; PHQ {phq}.
Interpreted by {interp_first} {interp_last} over phone, call ID {call_id}.""",
    ),
    # 5 ------------------------------------------------------------------------------------------------
    "sl_fqhc_visit_note": (
        """{facility} - Primary Care Visit
Patient: {pt_full}    DOB: {dob}    MRN: {mrn}    Visit: {visit}
PCP: {md_full}, MD (NPI {npi})    Interpreter: {interp_full}, {lang}
Sliding fee tier C; visit fee {money}. Clinic CLIA {lab_clia} (org).
S: {age} yo here for DM f/u. Reports using {herb} daily. Fasting planned for {holiday}.
O: BP {bp}, HR {hr}, T {temp}, SpO2 {spo2}%, Wt {wt} kg, A1c {a1c}%, Cr {cr}.
CGM: {device_brand}, transmitter S/N {device}.
A/P: {icd} {icd_txt} - continue {med1} {dose1}; add {med2} {dose2}. Rx # {rx_no}.
Lives with {rel_full} and grandmother ({elder_age} y) on {street}, {city}.
RTC {date2}. Call {phone} for results; patient prefers texts to {rel2_role} {rel2_first} at {phone2}.""",
        """CHC FOLLOW-UP  |  {visit_us}  |  {room}
{pt_reg}  ({pt_pref})  MRN {mrn}  Medicaid {medicaid}
Lang: {lang} / interp {interp_first} (staff)
Vitals: {bp} | {hr} | {temp} F | {spo2}% RA | BMI {bmi}
Labs: A1c {a1c} ({loinc}), glucose {glu} mg/dL, ALT {alt}
Meds reconciled: {med1} {dose1}; {med2} {dose2}; {med3} {dose3}. Traditional: {herb2}.
Dx: {icd} ({icd_txt}); {eponym} excluded.
Rx sent to {org}; Rx no {rx_no}. Prior auth {pa_no} approved for {med2}.
Check-in kiosk palm scan: {bio}
Signed: {md_dr}  DEA {dea}""",
    ),
    # 6 ------------------------------------------------------------------------------------------------
    "sl_herbal_remedy_history": (
        """TRADITIONAL MEDICINE & HERBAL USE HISTORY
Patient: {pt_full} ({pt_native})     MRN {mrn}     Interviewed {visit_long}
Informant: patient and {rel_role} {rel_full}; interpreter {interp_full}.
1. {herb} - daily since {year}; obtained from a shop in {hood}.
2. {herb2} - used after {holiday}; prepared by healer {healer_full} ({city2}).
3. Coining / cupping marks on back: explained by family, NOT abuse (no body images taken).
   Identity confirmed against chart face photo {photo}.
Interaction check vs {med1} ({dose1}) and {med2}: pharmacist {rn_full} reviewed.
Patient asked that remedies not be discarded. Healer contact given by family: {phone_intl}.
Reference: {eponym} considered and excluded.""",
        """Herbal / supplement reconciliation - {visit_us}
{pt_caps}   DOB {dob}   Acct {fin}
| Product | Source | Dose | Notes |
| {herb} | sent by {rel2_role} {rel2_first} from {city_abroad} | 2 tsp/day | label in {lang} only |
| {herb2} | local market, {city} | unknown | brought in by {rel_first} |
| {med3} | pharmacy | {dose3} | Rx {rx_no} |
Reviewed with {interp_first} (interp) and Dr. {md_last}. LFTs: ALT {alt} U/L. Next LFT {date2}.""",
    ),
    # 7 ------------------------------------------------------------------------------------------------
    "sl_eol_family_conference": (
        """FAMILY MEETING - GOALS OF CARE                           {visit_dt}
Patient: {pt_full}, MRN {mrn}, {room}
Present: {rel_full} ({rel_role}); {rel2_full} (joined by phone from {city_abroad}, {phone_intl});
elder {elder_full} (age {elder_age}); {healer_full} (family's spiritual advisor); {interp_full},
{lang} interpreter; Dr. {md_last}; {sw_full}, MSW; {rn_first} RN.
Discussion: Family asked that the word "cancer" not be used with {pt_pref}. Per family, decisions are made
collectively, led by {rel_first}. Patient, asked privately through the interpreter, agreed to let
{rel_first} speak for him/her. PPS 30%. Code status changed to DNR/DNI; ICD (defibrillator) serial {device2} to be deactivated by rep. {relig} rites requested;
family wishes to wash the body and to transport to {city2} for burial. {cpt} {mins} min.
Follow-up meeting {date2}. Health-care agent: {rel_full}, {phone}.""",
        """Goals-of-care conversation note ({cpt}, {cpt2})
Date {visit}. Pt {pt_reg} / pref. {pt_pref}. Age {age}.
Participants: {rel_role} {rel_first} {rel_last}, {rel2_role} {rel2_first}, grandmother {elder_first} ({elder_age_w} years),
interpreter {interp_first} ({lang}, ID {emp_id}), palliative {md_full}, chaplain {healer_full}.
Family requests: patient to be told of prognosis by family only; {herb} may be given via NG if safe;
family wishes to pray facing the qibla / light incense per tradition ({relig}); {holiday} falls this week.
POLST completed {visit_md}; witnessed by {wit_full}. Copy to PCP fax {fax}.
Contact for updates: {email2} / {phone2}. Family livestream of prayers set up at {url} (no clinical info).""",
    ),
    # 8 ------------------------------------------------------------------------------------------------
    "sl_faith_diet_accommodation": (
        """Religious & Dietary Accommodation Request
Patient: {pt_full}   MRN {mrn}   Room: {room}   Admitted {date3}
Religion: {relig}   Diet order: {diet}
Request made by {rel_full} ({rel_role}) on {visit}: prayer space 5x daily; {holiday} fasting from dawn;
medications to be timed before sunrise ({time}) and after sunset.
Insulin pump {device} - family will manage basal during fast.
Pharmacy ({rn_full}, PharmD) confirmed {med1} capsule is gelatin-free alternative (NDC {ndc}).
Female clinicians preferred; if not possible, {rel_first} to be present.
Chaplain {healer_full} notified at ext {ext}. Food from home approved by dietitian; halal meals vendor {org}.
Contact family: {phone}.""",
        """DIETARY/FAITH FLAGS - printed {visit_dt}
{pt_caps} | DOB {dob} | FIN {fin}
Diet: {diet}; no pork gelatin; {holiday} schedule from {date2_md}
Faith leader visiting: {healer_full} - visitor badge issued, vehicle plate {plate}
Family: {rel_full}, cell {phone2}; {rel2_full}
Notes: Pt refers to self as {pt_pref}. Ask before removing head covering or kara. {eponym} hx.""",
    ),
    # 9 ------------------------------------------------------------------------------------------------
    "sl_wrong_patient_event_report": (
        """PATIENT SAFETY EVENT REPORT                                       Event # {incident}
Event type: Patient identification - two patients with similar names
Event date/time: {visit_dt}      Location: {room}, {facility}
Patient A: {pt_reg}, MRN {mrn}, DOB {dob_us}, SSN last on file {ssn}
Patient B: {rel_reg}, MRN {mrn_old}, DOB {dob_wrong}
Description: Specimen labelled for {pt_first} {pt_last} was drawn from {rel_first} {rel_last}; both registered
under family name {pt_last}. Romanised spellings differ only by diacritics ({pt_native}). Caught at lab by
{rn_full} before result release. Accession {accession} cancelled.
Contributing factors: wristband printed without DOB; interpreter not used at bedside ({lang}).
Photo identification: {photo} compared.   Palm-vein scan {bio} matched Patient A.
Reported by: {clerk_full}, ext {ext}. Manager: {sw_full}. {policy}.""",
        """SAFETY EVENT - ID ERROR (no harm)   ref {incident}
When: {visit}  {time}
Who: {pt_caps}  / MRN {mrn}
What: Newborn twins registered as Baby {baby_sex} A and Baby {baby_sex} B {baby_last}; armbands swapped at bath.
Mother: {mom_full}, MRN {mrn_old}. Father {dad_full}, {phone}.
Detected by {rn_first} {rn_last} during 2-identifier check (name + DOB {baby_dob}).
Action: re-banded; cord blood accession {accession} relabelled; {policy} reviewed.
Reporter email {email}""",
    ),
    # 10 -----------------------------------------------------------------------------------------------
    "sl_mpi_duplicate_merge_request": (
        """HIM - DUPLICATE MEDICAL RECORD MERGE REQUEST                     Ticket {ticket}
Requested {visit} by {clerk_full} (Registration)
SURVIVING RECORD                          NON-SURVIVING RECORD
Name: {pt_reg}                 Name: {pt_alt}
MRN:  {mrn}                       MRN:  {mrn_old}
DOB:  {dob_us}                     DOB:  {dob_wrong}
SSN:  {ssn}                    SSN:  (blank)
Addr: {street}                 Addr: {city2}
Phone: {phone}                 Phone: {phone2}
Reason: same person; name order reversed at first registration ({lang} family name first); DOB of
non-surviving record is the placeholder assigned at {camp}. Verified with patient via interpreter
{interp_full} and with photo ID {photo}, biometric {bio}.
Encounters to move: FIN {fin}, claim {claim}.
HIM analyst: {sw_full}   Approved {date2}   {policy}""",
        """MPI potential duplicate pair - score 0.87 (threshold 0.80)
Rec 1: {pt_caps} | {dob_iso} | {mrn} | {zip}
Rec 2: {pt_native} | {dob_wrong} | {mrn_old} | {zip}
Match keys: phonetic(last)=Y, DOB=N, SSN=N/A, phone={phone} both
Reviewer {clerk_first} {clerk_last}: SAME PERSON - second record created at {facility} ED on {date3} from
unicode name entry; ADT feed from IP {ip} dropped diacritics. Merge ticket {ticket}.
Acct {acct} re-pointed. Notify payer member {hp_id}.""",
    ),
    # 11 -----------------------------------------------------------------------------------------------
    "sl_witnessed_consent_interpreted": (
        """INFORMED CONSENT - INTERPRETED, WITH WITNESS                      {form}
Patient: {pt_full}   MRN {mrn}   DOB {dob}
Procedure: {cpt} as explained by Dr. {md_full} (lic. {lic})
Language: {lang}. Interpreter: {interp_full}, ID {emp_id}. Sight translation of form provided.
Patient unable to sign in Latin script; signed in {lang} as "{pt_native}" and left a thumbprint
(scan ref {bio}).
Witness: {wit_full}, not a family member, {phone2}.
Surrogate present: {rel_full} ({rel_role}).
Date/time signed: {visit_dt}     Location: {facility}
Copy faxed to referring clinic {fax}.""",
        """Consent attestation
I, {interp_full}, interpreted the consent for {pt_reg} for {cpt2} on {visit_long} from English into {lang}.
Interpreter certification: {interp_cert}.
Witness: {wit_first} {wit_last}  Date: {visit_us}
Physician: {md_dr}, NPI {npi}
Patient's {rel_role} {rel_first} asked questions about {med2}; all answered. Patient name as printed on legal
document: {pt_alt}. Second ID: DOB {dob}.""",
    ),
    # 12 -----------------------------------------------------------------------------------------------
    "sl_language_line_call_csv": (
        """call_id,start,duration_min,language,interp_id,dept,patient_name,mrn,callback,vendor_id
{call_id},{visit_dt},{mins},{lang},{emp_id},{room},{pt_caps},{mrn},{phone},{vendor_id}
--- QA note: interpreter {interp_first} reported patient gave a different name ({pt_alt}) and DOB {dob}.
Audio retained; voiceprint enrollment {bio} declined by caller. Rate {rate}. Vendor {vendor} (org ID above).""",
        """OPI LOG EXPORT  vendor={vendor_id}  site={facility}
DATE        REF#         LANG      MIN  INTERP#   REQUESTER            PATIENT                 MRN
{visit_us}  {call_id}    {lang_code}  {mins}   {emp_id}   {rn_full}   {pt_reg}   {mrn}
Callback number verified: {phone2}    Alt: {phone_intl}    Voiceprint ID: {bio}
Comment: 3-way call w/ daughter {rel_first} in {city2}; patient DOB confirmed {dob_us}. VRI fallback IP {ip}.""",
        """Language line call summary - {visit_long}
Caller: {rn_full}, {room}   Patient: {pt_full}, MRN {mrn}
Language requested: {lang} -> connected {time}, {mins} min, interpreter #{emp_id} ({interp_first})
Call reference {call_id}. Video session link {url} expired.
Topic: discharge teaching, {med1} {dose1}. Family contact {rel_full} {phone}.""",
    ),
    # 13 -----------------------------------------------------------------------------------------------
    "sl_multigenerational_home_visit": (
        """HOME VISIT NOTE - {visit_long}
Address: {street}, Unit {unit}, {city}, {state} {zip} ({hood})
Visit by {rn_full}, RN, with CHW {chw_full}. Parked; family car in drive ({plate}).
Household: patient {pt_full} ({age}); {rel_role} {rel_full}; grandmother {elder_full}, {elder_age} y/o, bed-bound;
three grandchildren; {rel2_role} {rel2_full} visiting from {city_abroad}.
Findings: BP {bp}, HR {hr}, glucose {glu}. Glucometer serial {device} (meter memory downloaded).
Grandmother's hearing aid S/N {device2} not working - referred.
Home has shrine/altar; incense use discussed re: {eponym}. Food: {diet}.
Plan: {med1} {dose1}; next visit {date2}. Family phone {phone}. Tablet for video visits registered from {ip}.""",
        """CHW home visit - {visit_us}
{pt_first} {pt_last} / MRN {mrn}
Loc: {street_caps}, {city_caps} {zip}
10 people in 3-bedroom home; elder {elder_first} ({elder_age}) sleeps in living room.
Insulin pump serial {device}; sensor {device_brand}. Pt's {rel_role} {rel_first} manages meds.
Car used for clinic trips: VIN {vin}, plate {plate}.
Remittance sent monthly to {city_abroad}; money tight ({money2}/mo). Referred to {org}.
Next: {date2_md}. CHW {chw_first} {chw_last} {phone2}""",
    ),
    # 14 -----------------------------------------------------------------------------------------------
    "sl_travel_remittance_history": (
        """PRE-TRAVEL / VFR CONSULT
Patient {pt_full}   DOB {dob}   MRN {mrn}
Travelling to {city_abroad}, {country} for {holiday}; depart {date2}, return {date3}.
Visiting relatives: {rel2_full} and family; last trip {date4}.
Passport no. {passport} (name on passport: {pt_alt}).
Vaccines: {vaccine} lot {lot}; typhoid; malaria ppx atovaquone-proguanil.
Emergency contact abroad: {phone_intl}. US contact {rel_full} {phone}.
Counselled on {herb} purchased abroad.  {icd} noted. Letter faxed to travel clinic {fax}.""",
        """Social history - travel & finances ({visit_us})
{pt_reg}, acct {acct}
Pt sends remittance ({money2} monthly) to {rel2_role} {rel2_full} in {city_abroad}. Travelled home {date4} for
father's funeral; returned via {country2}. Pt works nights at a poultry plant; employee ID {emp_id}.
Housing: {street}, {city} with cousin {rel_first} {rel_last}.
TB exposure risk: high; IGRA {igra}. Contact: {email}.""",
    ),
    # 15 -----------------------------------------------------------------------------------------------
    "sl_overseas_relative_letter": (
        """[Translated from {lang} by {interp_full}, certified translator, cert. {interp_cert}]

{city_abroad}, {visit_long}

To the doctors caring for my {pt_mf} {pt_full},

I am {rel2_full}, {pt_her} eldest child. I cannot travel because my visa was refused. My {rel_sib} {rel_first}
in {city} has my permission to speak for the family. Our {pt_mf}'s real birth date is {dob}; the papers from
{camp} say {dob_wrong}. Please call me at {phone_intl} or write to {email2}. Our community started a page for {pt_her} care: {url} Our family is {relig}.
Please do not let {pt_him} eat {diet} food. My {pt_mf}'s chart number written on the bracelet is {mrn}.

With respect,
{rel2_full}

Attached: copy of passport page {passport}.""",
        """From: {rel2_full} <{email2}>
Sent: {visit_dt}
To: patient.relations@example.org
Subject: my {pt_mf} {pt_caps}, MRN {mrn}

Dear hospital, I am writing from {city_abroad}. My {pt_mf} was admitted on {date3}. Our relative {rel_full} says {pt_he} is
on a machine. Our family speaks {lang}. Can you use the video link {url}? Please send news to my cousin
{chw_full} in {city2}, phone {phone}. The family's grandmother is still living, {elder_age} years old, and we
want to tell her carefully. Thank you. Sent from IP {ip}""",
    ),
    # 16 -----------------------------------------------------------------------------------------------
    "sl_newborn_baby_name_update": (
        """NEWBORN REGISTRATION - TEMPORARY NAME
Temp name: BABY {baby_sex_up} {baby_last}        MRN {mrn}     FIN {fin}
Born: {baby_dob}   GA {ga}   Wt {wt_g} g   APGAR {apgar}
Mother: {mom_reg}   MRN {mrn_old}   Mother DOB {dob}
Address: {street}, {city} {zip}
Father (per mother): {dad_full}
Footprint/biometric capture: {bio}     Photo: {photo}
Name to be updated when family completes naming ceremony (customarily on day 7 / 40);
permanent name given {date2}: {baby_given} {baby_last}. Birth certificate worksheet sent.
Security tag: Hugs tag serial {device}.
Nurse: {rn_full}   Interpreter: {interp_full} ({lang})""",
        """Name change - newborn   {visit_us}
OLD: Baby {baby_sex} {baby_last}   (BG/BB temp name)
NEW: {baby_given} {baby_last}
MRN {mrn} unchanged; acct {acct}; Medicaid newborn ID {medicaid}
Requested by parent {rel_full}, ID checked: DL {dl}
Note: family name order per {lang} custom; child takes father's given name as surname? -> parents chose {baby_last}.
Entered by {clerk_first} {clerk_last}. {form}""",
    ),
    # 17 -----------------------------------------------------------------------------------------------
    "sl_legal_name_change_update": (
        """LEGAL NAME / PREFERRED NAME CHANGE
Current legal name: {pt_reg}      MRN {mrn}    DOB {dob}
Previous name(s): {pt_alt}
Preferred name to display: {pt_pref}
Native-script name (display only): {pt_native}
Documentation: court order, case no. {case_no}; SSN card {ssn} reviewed.
Address confirmed: {street}, {city}, {state} {zip}
Insurance updated: member ID {hp_id}, group {group}
Processed {visit} by {clerk_full}; {policy}. Patient portal {url} updated (request submitted from {ip}).""",
        """Demographics change log
{visit_dt} | user {clerk_last} | MRN {mrn}
 LAST  : {rel_last} -> {pt_last}
 FIRST : {pt_first} (no change)
 PREF  : -> {pt_pref}
 AKA   : add {pt_alt}
 DOB   : {dob_wrong} -> {dob_us} (per passport {passport})
 PHONE : -> {phone}
 EMAIL : -> {email}
reason: naturalized; legal name adopted at oath ceremony; old name retained as alias.""",
    ),
    # 18 -----------------------------------------------------------------------------------------------
    "sl_mpi_alias_listing": (
        """ENTERPRISE MPI - NAME HISTORY / ALIAS
EMPI: {mrn}    Local MRN (legacy): {mrn_old}
Type     Name                               Eff. date     Source
LEGAL    {pt_caps}                   {visit_us}    REG
AKA      {pt_alt}                 {date4}   ED-QuickReg
NATIVE   {pt_native}                     {visit_us}    REG
PREF     {pt_pref}                          {visit_us}    PORTAL
MAIDEN   {rel_last}                          -             HX
DOB {dob}  SSN {ssn}  ZIP {zip}  Photo {photo}  Palm ID {bio}
Last queried from {ip} by {clerk_first} {clerk_last}""",
        """ALIAS REPORT (run {visit_iso})
MRN,NameType,Last,First,Middle,DOB
{mrn},L,{pt_last},{pt_first},{pt_middle},{dob_iso}
{mrn},A,{rel_last},{pt_first},,{dob_iso}
{mrn_old},A,{pt_alt},,,{dob_wrong}
Comment: merged {date3}; alias from {facility} ED. Guarantor acct {acct}.""",
    ),
    # 19 -----------------------------------------------------------------------------------------------
    "sl_chw_outreach_contact_log": (
        """CHW OUTREACH LOG                    Program: {org}     Week of {visit_md}
Date       Client                     Contact       Outcome
{visit_us}  {pt_full}   {phone}   reached; BP {bp}; needs {med1} refill
{date2_md}  {rel_full}   {phone2}   left msg w/ grandson
Home: {street}, {hood}. Elder {elder_first} ({elder_age}) also eligible.
Client speaks {lang}; CHW {chw_full} is community member (same village: {city_abroad}).
Transport: {rel2_role} drives {pt_him} to clinic, car plate {plate}.
Medicaid {medicaid}; WIC ID {case_no}.""",
        """Community health worker encounter ({cpt})
Client: {pt_first} {pt_last}  DOB {dob}  Clinic MRN {mrn}
Met at mosque/temple/church after {holiday} service; {relig}.
Screened: BP {bp}; A1c POC {a1c}. Referred to {facility}.
Family: {rel_role} {rel_first}; mother-in-law {elder_full} ({elder_age_w}).
Client's WhatsApp {phone_intl}; email {email}; enrolled in text program, link {url}
CHW: {chw_full}, employee # {emp_id}""",
    ),
    # 20 -----------------------------------------------------------------------------------------------
    "sl_hl7_adt_pid_aliases": (
        """MSH|^~\\&|REG|CHC01|EMPI|HUB|{visit_hl7}||ADT^A08|{msg_id}|P|2.5.1
EVN|A08|{visit_hl7}
PID|1||{mrn}^^^CHC^MR~{mrn_old}^^^OLD^MR||{pt_last}^{pt_first}^^^^^L~{pt_alt}^^^^^^A||{dob_hl7}|{pt_sex}|{pt_pref}|{race_code}^{race}^CDCREC|{street}^^{city}^{state}^{zip}||{phone}|||||{acct}|{ssn}
PD1||||{npi}^{md_last}^{md_first}
NK1|1|{rel_last}^{rel_first}|PAR|||{phone2}
PV1|1|O|{room}
IN1|1|{hp_id}|{plan}||||{group}""",
        """MSH|^~\\&|ADT|HOSP|LAB|LAB|{visit_hl7}||ADT^A40|{msg_id}|P|2.5.1
PID|1||{mrn}^^^HOSP^MR||{pt_caps}^^^^^^L||{dob_hl7}|{pt_sex}||{race_code}|{street}^^{city}^{state}^{zip}^^H||{phone}||{lang_code}
MRG|{mrn_old}^^^HOSP^MR||{fin}
NTE|1||Merge: second record created as {pt_alt}; confirmed same patient with interpreter {interp_full}""",
    ),
    # 21 -----------------------------------------------------------------------------------------------
    "sl_ihs_tribal_referral": (
        """PURCHASED/REFERRED CARE REFERRAL                      {facility}
Patient: {pt_caps}   Chart #: {mrn}   DOB: {dob_us}
Tribal enrollment: Census # {case_no}   Chapter: {city2}
Address: {street}, {city}, {state} {zip}  (mail: PO Box, same zip)
Phone: {phone}    Message: {phone2} ({rel_role} {rel_first})
Referred to: {md_full}, cardiology, fax {fax}
Reason: {icd} {icd_txt}; {eponym} ruled out.
Alternate resources: Medicaid {medicaid}; Medicare MBI {mbi}.
Traditional practitioner: family requests ceremony by {healer_full} before procedure.
Clan names (maternal/paternal) recorded in social hx; not an identifier.
Referral date {visit}; authorization {pa_no}.""",
        """IHS/638 clinic - transport & referral
{pt_full} / {mrn} / {dob}
Lives {hood}; no street address - home site near {city}, directions: mile marker, blue water tank.
Vehicle: family truck plate {plate}, VIN {vin}.
Grandmother {elder_full}, {elder_age} years, family interpreter is {rel_role} {rel_first}; staff interpreter
{interp_full} preferred. Appt {date2} at {time}. CHR: {chw_full}, {phone}.""",
    ),
    # 22 -----------------------------------------------------------------------------------------------
    "sl_cofa_islander_clinic_intake": (
        """PACIFIC ISLANDER CLINIC - INTAKE
Name: {pt_full}   (other spelling on passport: {pt_alt})
DOB {dob}   MRN {mrn}   Arrived in the US {arrive}
COFA migrant: passport {passport}; I-94 {i94}
Home island/atoll: {city_abroad}. Lives in {city} with {rel_full} ({rel_role}) and {rel2_full}.
Address {street} #{unit}, {zip}. Phone {phone}.
Church: {relig}; holidays: {holiday}.
Hx: {icd_txt} ({icd}); HbA1c {a1c}; Hansen's screen negative.
Insurance: {plan}, ID {hp_id}.
Interpreter: {interp_full} ({lang}); CHW {chw_first}.""",
        """Intake addendum {visit_us}
{pt_caps}, MRN {mrn}
Name note: patient uses a single name at home; surname field was filled with father's first name
({pt_last}). Siblings registered with different surnames. Sibling {rel_full}, MRN {mrn_old}.
Medicaid {medicaid} (state-funded, COFA). Employer ID card: {emp_id}. DL {dl}.
Contact: {email}, {phone}""",
    ),
    # 23 -----------------------------------------------------------------------------------------------
    "sl_txiv_neeb_ceremony_request": (
        """SPIRITUAL HEALING CEREMONY REQUEST (Hmong txiv neeb / traditional healer)
Patient: {pt_full}   Clan (surname): {pt_last}   MRN: {mrn}   Unit: {room}
Request from: {rel_full} ({rel_role}), {phone}
Ceremony: soul-calling (hu plig); healer {healer_full}, arriving {date2_md} at {time}.
Items: string-tying (khi tes) - strings on wrist may stay unless over IV site.
No animal sacrifice on premises (per {policy}); eggs and rice allowed. Incense: no open flame.
Security informed; healer vehicle plate {plate}.
Elder {elder_full}, age {elder_age}, will attend by wheelchair.
Approved by {role} {md_full} on {visit}.""",
        """Request for accommodation of traditional healing
{pt_reg} / {pt_native} / DOB {dob}
Healer: {healer_first} {healer_last}, {city2}, ph {phone2}
Family spokesperson {rel_first}; interpreter {interp_full} (cert {interp_cert}).
Family also requests shaman name in chart comments only (not as an alias).
Patient face photo for ID-band check on file: {photo}.""",
    ),
    # 24 -----------------------------------------------------------------------------------------------
    "sl_ramadan_med_timing_plan": (
        """RAMADAN / FASTING MEDICATION PLAN
Patient: {pt_full}   MRN {mrn}   DOB {dob}   Pharmacist {rn_full}
Fasting: {holiday}; suhoor ~{time}, iftar ~{time2}.
{med1}: change from {dose1} -> take at iftar.
{med2}: {dose2} -> move to suhoor. Hypoglycemia rules reviewed (glucose < 70 = break fast).
Glucometer serial {device} paired to app; CGM {device_brand}.
Prescription numbers: {rx_no}. Next check {date2}.
Patient's imam {healer_full} confirmed exemption for illness if needed. {rel_role_cap} {rel_first} ({phone}).""",
        """Fasting plan - {visit_us} - {pt_reg}
HbA1c {a1c}%, eGFR ok (Cr {cr}). Dx {icd}.
Pump: {device} (basal -20% daytime).
Call clinic {phone} if glucose <70 or >300. Email education sheet to {email}; video in {lang}: {url}
Eid visit to {city_abroad} planned {date2_md}; travel letter given.""",
    ),
    # 25 -----------------------------------------------------------------------------------------------
    "sl_interpreter_vendor_invoice": (
        """INVOICE - {vendor}      Vendor ID {vendor_id}   Vendor TIN {vendor_tin}
Bill to: {facility}, Accounts Payable   Period: {year}
Line  Date        Lang   Mode   Min  Rate         Interpreter            Patient (MRN)         Encounter
1     {visit_us}  {lang_code}   OPI    {mins}   {rate}   {interp_full} #{emp_id}   {pt_initials} ({mrn})   {fin}
2     {date2_md}  {lang_code}   VRI    {qty}   {rate}   {interp_first} #{emp_id}   same                     {acct}
HCPCS {hcpcs}; rev code {rev}. Total {money2}.
Disputed line 2: VRI session from {ip} dropped after {secs} s; claim ref {claim}.""",
        """Interpreter timesheet (contract)
Interpreter: {interp_full}   Cert {interp_cert}   Badge {emp_id}
Agency: {vendor} ({vendor_id})
{visit_us} {time}-{time2}  {pt_caps}  MRN {mrn}  {room}  with Dr. {md_last}
{date2}  follow-up  {pt_first}  MRN {mrn}  by phone {phone}
Mileage: drove own car, plate {plate}, {qty} mi.""",
    ),
    # 26 -----------------------------------------------------------------------------------------------
    "sl_wristband_reprint_audit": (
        """ID BAND REPRINT AUDIT
{visit_dt}  user {clerk_last}, {clerk_first}  wkstn ED-TRI-2
Patient: {pt_caps}  MRN {mrn}  DOB {dob_us}  FIN {fin}
Reason: name truncated at 24 chars (printed "{pt_initials}"); native script not supported by printer;
diacritics stripped. Reprinted with name {pt_reg} + alert "NAME ALERT - similar name on unit" ({rel_caps}, {room}).
Photo captured for chart: {photo}.
Allergy band: {med2}. Fall risk: {score}.""",
        """Band reprint log
DATE/TIME,USER,MRN,PATIENT,REASON
{visit_dt},{clerk_first} {clerk_last},{mrn},{pt_caps},wrong DOB printed ({dob_wrong})
{visit_dt},{rn_first} {rn_last},{mrn},{pt_caps},name alert added; sound-alike {rel_caps}
Reviewed by {sw_full}; {policy}""",
    ),
    # 27 -----------------------------------------------------------------------------------------------
    "sl_civil_surgeon_i693_worksheet": (
        """CIVIL SURGEON WORKSHEET ({form})
Applicant: Family name {pt_last}   Given name(s) {pt_first}   Middle {pt_middle}
Other names used: {pt_alt}
DOB {dob_us}   City/town of birth {birth_city}   Country of birth {country}
A-Number {a_number}   USCIS online account no. {case_no}
Address: {street} Apt {unit}, {city}, {state} {zip}   Phone {phone}   Email {email}
ID verified: passport {passport}; photo on file {photo}
Exam dates: {visit}, {date2}
TB: IGRA {igra}; CXR not required.  Syphilis: RPR non-reactive ({loinc})
Vaccines: {vaccine} lot {lot}
Civil surgeon: {md_full}, MD   License {lic}   NPI {npi}
Office fax {fax}""",
        """I-693 tracking
{pt_reg} | A# {a_number} | DOB {dob}
SSN: {ssn}
Sealed envelope given {date2}; applicant's attorney {wit_full}, fax {fax}.
Interpreter used: {interp_full} ({lang}).
Fee {money}; receipt acct {acct}.""",
    ),
    # 28 -----------------------------------------------------------------------------------------------
    "sl_translated_document_ocr": (
        """[OCR - scanned foreign document, certified translation attached]
VACClNATION CARD / CARTE DE VACClNATlON
Narne: {pt_caps}
Date of b1rth: {dob_dot}     Place: {birth_city}
Mother: {mom_caps}    Father: {dad_full}
Camp/clinic: {camp}  reg no. {case_no}
BCG  {date4}   scar present
OPV  {date4}
Translator: {interp_full}  cert {interp_cert}   Translated {visit}
Uploaded to chart MRN {mrn} by {clerk_full}""",
        """SCANNED DOC INDEX
Doc type: foreign birth certificate (translated from {lang})
Pat1ent: {pt_full}  /  {pt_native}
MRN: {mrn}    Scan date: {visit_dt}
Extracted: DOB {dob}; birthplace {birth_city}; father {dad_full}; mother {mom_full}
Notary: {wit_full}, commission {lic}
Remarks: transliteration of surname differs from registration ({pt_alt}); HIM review ticket {ticket}.""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """Interpreter Services - monthly volume
Language {lang} ({lang_code}): {qty} encounters, avg {mins} min; {lang2} ({lang2_code}): {pct}% of OPI minutes.
Vendor {vendor} (vendor ID {vendor_id}, TIN {vendor_tin}); rate {rate}. HCPCS {hcpcs}.
Goal: in-person interpreter for all consents per {policy}.""",
    """Refugee screening protocol summary ({form})
- IGRA for age >= 2; TST if age < 2. Result example: {igra}.
- Presumptive albendazole 400 mg documented overseas; if not, treat per CDC.
- Hep B surface antigen ({loinc}); vaccinate if {hbsag}.
- Lead for children 6 mo - 16 y. Eosinophils > {eos}% prompts strongyloides serology.
Applies to arrivals from {country} and {country2}.""",
    """Religious and dietary accommodation policy ({policy})
Diet codes available: {diet}; halal and kosher via {org}.
Fasting for {holiday}: pharmacist reviews {med1} ({dose1}) and {med2}.
{relig} patients: chaplain on call, ext {ext}. Prayer room next to {room}.""",
    """Race & ethnicity collection - reference
OMB categories: {race} ({race_code}); ethnicity {eth} ({eth_code}).
Granular ethnicity list includes {lang}-speaking communities from {country}.
Patient may decline (ASKU). Do not infer race from surname.""",
    """Clinic huddle {time}
- Room 4: {la_age} yo with {icd_txt} ({icd}); interpreter ({lang}) booked.
- Room 6: A1c {a1c}, BP {bp}; started {med1} {dose1}.
- {holiday} next week: expect fasting patients; review {med2} timing.
- {role} out; {role2} covering.""",
    """Herbal product safety bulletin
{herb}: may interact with {med1}. {herb2}: hepatotoxicity reports; check ALT (ref 7-56 U/L).
Counsel in patient's language; {lang2} handout {form}. {eponym} patients: avoid licorice root.""",
    """VFR travel counselling checklist
Destination: {country}. Vaccines: {vaccine} (lot {lot}), typhoid, hep A.
Malaria prophylaxis per CDC Yellow Book. Return visit if fever > {temp} F within 3 mo.
Average remittance household spends {money2}/month; financial counselling via {org}.""",
    """Patient identification - two identifiers required ({policy})
Acceptable: full name + date of birth. Not acceptable: room ({room}), bed, diagnosis.
When names are similar, add NAME ALERT. For names in other scripts, the romanised form is the identifier.
Training module {form}, {mins} min.""",
    """MPI duplicate rate report {year}
Duplicates created: {qty}; rate {pct}% of new registrations. Top causes: name order, transliteration,
placeholder DOBs (first day of the birth year) for refugees, hyphenated surnames. Target < 1%. Score threshold 0.80.""",
    """Newborn temporary naming convention
Use "Baby Girl"/"Baby Boy" + mother's last name until legal name known. Twins: A/B.
Birth weight {wt_g} g, GA {ga}, Apgar {apgar} - example only. Hugs tag stock lot {lot}.""",
    """Language line statistics by department
{room}: {qty} calls, {lang} most common; {lang2} second. Mean wait {secs} s.
Interpreter vendor {vendor}, vendor ID {vendor_id}. Spend {money2}. Revenue code {rev}.""",
    """Goals-of-care billing tip
{cpt} first 30 min, {cpt2} each add'l 30 min. Document participants by role ({role}, {role2}),
interpreter used, and time ({mins} min). DRG unaffected ({drg}).""",
    """Lab reference card
HbA1c {a1c}% ({loinc}); glucose {glu} mg/dL; Hgb {hgb} g/dL; Cr {cr}; ALT {alt}; 25-OH vit D {vitd} ng/mL.
Thalassemia trait common in patients from {country}; sickle trait ({icd2}).""",
    """Cultural humility in-service - {year}
Topics: family-first names, patronymics, clan names, name changes at naturalization,
mononyms, diacritics. Case study: {la_age}-year-old grandmother, {lang} speaker, {relig}.
Presenter: {role}. Credit: 1.0 CE. Handout {form}.""",
    """HL7 coding reference (no patient data)
PID-5 name type codes: L legal, A alias, D display, M maiden, N nickname.
PID-10 race from CDCREC ({race_code}); PID-15 language ISO 639 ({lang_code}); PID-22 ethnicity ({eth_code}).
MRG segment carries the non-surviving identifier in A40 merges.""",
    """Pharmacy formulary note
{med1} {dose1} (NDC {ndc}); {med2} {dose2}; {med3} {dose3}. Gelatin-free capsules available for {diet} diets.
{device_brand} supplies covered tier 2; copay {money}.""",
    """Home visit safety checklist (CHW program, {org})
Vitals kit: BP cuff, {device_brand}. Record BP {bp}, HR {hr}, SpO2 {spo2}%.
Multigenerational homes: ask who makes decisions; elders > {la_age} may need hearing check.
Do not photograph family members. Form {form}.""",
    """Interpreter credential requirements
Staff interpreters: CCHI or NBCMI certification; renewal every 4 years; {mins} CE hours.
Bilingual staff: tested at level {pct}. Languages: {lang}, {lang2}. {policy}.""",
    """Ethics consult summary template
Question: may family withhold diagnosis from a patient ({relig} family)? Principles: autonomy,
cultural context, ask the patient how much they want to know. Example PPS 40%, ECOG 3. CPT {cpt}.""",
    """Traditional healer visitation guideline
Healers may perform string-tying, soul-calling, prayer, smudging (no flame near O2). Approval by {role}.
Reference: {policy}; security notified; visiting hours {time}-{time2}.""",
    """Ramadan diabetes education handout ({lang2} version)
Check glucose at {time2}; break fast if < 70 mg/dL or > 300 mg/dL. {med1}: take with iftar.
Patients on {med2} ({dose2}) may need dose reduction of 20%.""",
    """Wristband printer change
Printer model supports 24 characters; Unicode names truncated. Workaround: print romanised legal name,
add NAME ALERT sticker. Ticket for IT: category print-services. {policy}. Stock lot {lot}.""",
    """Civil surgeon fee schedule
Exam {money}; IGRA {money2}; each vaccine admin {cpt} / 90471. Form {form}. Results sealed.
Vaccines stocked: {vaccine} (lot {lot}).""",
    """Revenue cycle - interpreter cost report {year}
{qty} interpreted encounters; {pct}% OPI, remainder VRI/in-person. HCPCS {hcpcs} billed to Medicaid where allowed.
Average cost per encounter {money}. Lab CLIA {lab_clia}, group NPI {org_npi} on claims.""",
    """COFA / Pacific Islander health fair
Screens: A1c ({a1c} avg), BP ({bp} avg), Hansen's disease education, hep B. {qty} attendees.
Languages: {lang}, {lang2}. Sponsor {org}. Next fair after {holiday}.""",
)
