"""Document styles for set U: social care and community services around health.

``{key}`` placeholders are filled from ``values.identifiers`` (gold spans) and ``values.lookalikes``
(filler). No literal braces appear in the text."""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    "su_chw_home_visit_log": (
        """COMMUNITY HEALTH WORKER VISIT LOG                      {form}
Client: {pt_lfm}     DOB: {dob}     MRN {mrn}
Address: {street}, {unit}, {city}, {state} {zip}
CHW: {chw_full} (cert # {chw_cert})   cell {chw_phone}
Visit date: {visit}   Start {time}  End {time2}   Billing: {code} / {code2}

Visit type: home, in person. Client's daughter {rel_first} present ({rel_phone}).
Vitals by CHW: BP {bp}, HR {hr}, SpO2 {spo2}. Glucometer reading {glucose} mg/dL on {meter} SN {gluco_sn}.
Meds reviewed with pill bottles: {med}; {med2}. Client reports running out of {med3} for {days} days.
Needs: {z1} {z1_desc}; {z2} {z2_desc}. Gave {org} hours and {hotline} info.
Referred to {org2} (referral {ref_id}). Next visit {appt} with {chw_first}.
Supervisor review: {mgr_il}   Time spent {units} x 15 min.""",
        """chw log -- {visit_us} -- {chw_il}
pt {pt_full} ({pt_nick}) / dob {dob_us} / mrn {mrn} / ph {pt_phone}
home visit at {street} {unit}, {hood}. {hh} people in home incl. {kids} kids.
bp {bp} hr {hr}. took {med} this am. fridge almost empty, screened + for food: {hunger_vs}.
adult child {rel_full} says landlord {landlord_last} threatened notice. referred MLP. utility acct {util_acct} in arrears {arrears}.
f/u {appt_md}. {chw_first} {chw_last}, CHW #{chw_cert}""",
        """CHW ENCOUNTER                           Program grant {grant} (not billable)
Participant ID {study_id}     Name {pt_caps}
DOB {dob_iso}   Age {age}   Lang {lang}   Phone {pt_phone} / alt {pt_phone2}
Seen at: {street3}, {city} {zip}        Date {visit}
Met with participant and neighbour {rel_full}. Discussed {eponym} education; {brand} demo done.
Glucose log reviewed (CGM transmitter {cgm_sn}): avg {glucose}, A1c {a1c}% from last draw.
Ride set for {appt} via {route}. Email for reminders: {pt_email}
Signed: {chw_fml}, CHW   cert {chw_cert}   {role} cc'd""",
    ),
    "su_ahc_hrsn_screening": (
        """HRSN SCREEN RESULT MESSAGE (portal)
From: {sw_email}
To: {pt_email}
Sent {dt} from {ip}
Hi {pt_first}, thanks for completing your screening on {screen}. You screened positive for {hrsn_pos} needs.
{chw_full} will call you at {pt_phone} before {appt}. Your referral: {ref_url}
MRN {mrn} | {form}""",
        """Accountable Health Communities HRSN Screening Tool        {form}
Patient name: {pt_full}          Date of birth: {dob}
MRN: {mrn}     Encounter/FIN: {fin}     Screen date: {screen}
Medicaid ID: {medicaid_id}        Screened by: {sw_full}, LICSW (lic {lcsw_lic})
1. Living situation: I have a place to live today but I am worried about losing it -> POSITIVE
2. Problems with place: pests, lead paint, no heat (item {hrsn_item})
3. Food (Hunger Vital Sign): {hunger_vs}
4. Transportation: yes, kept from medical appointments
5. Utilities: shut-off notice from electric company, account {util_acct}
6. Safety: negative (0 of 4)
Total positive core domains: {hrsn_pos} of {hrsn_of}.  PHQ-2 {phq2}.
Z codes added: {z1}, {z2}, {z3}.  Billed {code}.
Navigation: referred to {org} via {ref_url}
Home address confirmed: {street}, {city}, {county}, {state} {zip}""",
        """AHC HRSN -- PATIENT SELF-REPORT (tablet)       submitted {dt}   device IP {ip}
Nombre / Name: {pt_first} {pt_last}   Fecha de nacimiento: {dob_es}
Telefono: {pt_phone}     Correo: {pt_email}
Q1 housing: steady place to live -> no
Q4 food ran out: often true
Q7 transportation: yes
Q8 utilities: already shut off
Q9-12 safety: score {hrsn_pos} (threshold 11)
Positive domains {hrsn_pos}/{hrsn_of}; interpreter used ({lang}): {interp_full}, cert {interp_cert}
Reviewed by {role} {rn_full}, RN on {visit}. Patient MRN {mrn}; plan member {mco_id}.""",
    ),
    "su_prapare_export_csv": (
        """prapare_export_v2.csv  (generated {dt_iso}, {form})
mrn,patient,dob,zip,race_eth,lang,hh_size,income_band,housing,worried_losing_housing,address,education,insurance,risk_score
{mrn},"{pt_lf}",{dob_iso},{zip},declined,{lang},{hh},{fpl} FPL,"shelter",yes,"{street}, {city}",HS/GED,{medicaid_id},{prapare}
# row audit: entered by {chw_full} employee {employee_id} at {ip}
# ICD-10 posted: {z1};{z2}  CPT {code}""",
        """PRAPARE SUMMARY (Spanish form)               Clinic org NPI {org_npi}
Paciente: {pt_caps}   Expediente (MRN): {mrn}   Nacimiento: {dob}
Dirección: {street}, {unit}, {city} {zip}
Miembros del hogar: {hh}    Ingreso anual: {amount3}   Seguro: Medicaid {medicaid_id}
¿Tiene vivienda? No -- vive en carro (placa {plate})
Riesgo PRAPARE: {prapare}  (versión {version})
Entrevistadora: {chw_full}   tel. {chw_phone}   fecha {visit}
Contacto de emergencia: {rel_full} {rel_phone}""",
    ),
    "su_211_referral_export": (
        """MSH|^~\\&|211CONNECT|I-AND-R|CLINIC|FQHC|{dt_compact}||REF^I12|{ref_id}|P|2.5
PID|1||{hmis_id}^^^HMIS||{pt_last}^{pt_first}^^^||{dob_compact}|U|||{street}^^{city}^{state}^{zip}||{pt_phone}
RF1|A|{priority}|{z1_desc}||{case_no}
PRD|RP|{chw_last}^{chw_first}|||{chw_phone}
NTE|1||caller needs food + ride; bus {route}; agency line {hotline}""",
        """211 CALL RECORD EXPORT | agency 211 line | resource db {version}
CALL_ID|CALL_DT|CALLER|CALLBACK|CITY|ZIP|NEED|REFERRED_TO|REF_ID
{ref_id}|{dt}|{pt_caps}|{pt_phone}|{city_caps}|{zip}|{z1_desc}|{org}|{case_no}
NOTES|caller {age} y/o, lives {street} {unit} w/ cousin {rel_full}. Advised {hotline2} if unsafe tonight.
FOLLOWUP|{visit}|{chw_il}|left VM at {pt_phone2}|
CONSENT|verbal|ip {ip}|{esign_url}""",
        """211 Info & Referral - case summary
Case # {case_no}   Opened {visit}   Specialist: {mgr_full} ({ext})
Caller: {pt_full}, DOB {dob}, callback {pt_phone}
Location: {hood}, {city} {zip}  ({county})
Presenting need: rent {arrears} behind; landlord {landlord_full} at {street2}.
Referrals made: (1) {org} - emergency rental assistance app {app_no}; (2) {org2} food pantry, take {route};
(3) utility hotline {hotline}.  Caller asked callback after {time_ampm}.
Outcome check scheduled {appt}. Client portal: {portal_url}""",
    ),
    "su_referral_platform_audit": (
        """REFERRAL PLATFORM -- AUDIT TRAIL (export, page 1 of {pages})
Referral: {ref_id}    Client: {pt_lf}   DOB {dob_us}   Client ID {hmis_id}
Sender: {hosp} Social Work ({sw_full})   Receiver: {org}
Timestamp            Actor                  IP               Action
{dt_iso}     {sw_full}          {ip}     created; need {z1_desc}
{dt}     {nav_full}         {ip2}     accepted; assigned to {nav_first}
{visit}              {nav_email}   --   note: met client at {street}, {city}
Secure link to referral: {ref_url}
Consent e-signed by client at {esign_url}; email on file {pt_email}""",
        """Closed-loop referral status | {org} | CoC {coc}
client_name: {pt_full}
client_dob: {dob_iso}
medicaid: {medicaid_id}
referral_id: {ref_id}
program: Medically Tailored Meals ({diet}) -- {amount} per meal x {units}
sent: {dt} by {sw_il} (login from {ip})
status: ENROLLED {visit_iso}; first delivery to {street}, {unit}, {zip}
delivery contact: {rel_first} {rel_phone}""",
    ),
    "su_street_medicine_soap": (
        """Street Medicine -- rounds note (dictated, wrapped)
Pt, {age} yo, known to team as "{pt_nick}" ({pt_full}, MRN
{mrn}) found at {cross} in {hood}
this am. Sleeping in a sedan, plate {plate}; registration shows VIN
{vin}. Fingerprint-enrolled at drop-in (template {fp_id}).
BP {bp}, HR {hr}. Restarted {med}. Photo ID on file {photo_file}.
{md_full}, MD  NPI {npi}  {visit}  {time}""",
        """STREET MEDICINE ENCOUNTER -- mobile team               Van {units} / {route}
Pt: {pt_first} "{pt_nick}" {pt_last}   DOB {dob}   MRN {mrn}
Location: encampment at {cross}, {hood}, {city}
S: {age} y/o with {icd} and leg wounds x {days} days. Sleeps in car (plate {plate}, VIN {vin}) parked by {street}.
O: T {temp} BP {bp} HR {hr} SpO2 {spo2}. Bilateral LE cellulitis. Glucose {glucose}.
A: cellulitis; {z2} {z2_desc}; OUD on {med}.
P: started cephalexin; {brand} kit given (stock lot {lot}). Wound photographed for chart (no face). Face photo for HMIS ID card: {photo_file}.
   Hep C POC test done. Phone: {pt_phone}. HMIS {hmis_id}.
Team: {md_full}, MD (NPI {npi}); {rn_full}, RN; outreach {chw_first}.  {visit} {time}""",
        """street med note {visit_md} -- {md_il}
saw {pt_full} @ {cross} under overpass (camp of ~{hh}). says dob {dob_us}. no phone, msg via sister {rel_full} {rel_phone}.
living in van, {vin} (plate {plate}) -- tow warning from city dated {due}.
wound care done, {med} refilled. A1c {a1c}. referred to {shelter_town} ({bed}) and to respite at {hosp}.
MRN {mrn} / Medicaid {medicaid_id}. next round {appt_md}.
-- {md_full} MD, NPI {npi}""",
    ),
    "su_outreach_contact_log": (
        """OUTREACH CONTACT LOG  (HMIS street outreach, {form})
Date        Time   Worker          Client                 HMIS ID     Where
{visit_us}  {time} {chw_il}       {pt_lf}          {hmis_id}   {cross}
{visit2}  {time2}  {nav_il}       {pt_lf}          {hmis_id}   {hood} library steps
Notes: client ({pt_nick}) {age} y/o, {z1_desc}. Accepted socks, {brand}, bus pass ({pass_type}).
Intake photo for HMIS: {photo_rec}. Fingerprint check-in enrolled at {shelter_town}: template {fp_id}.
Benefits: SNAP case {snap_case}; SSI claim pending ({ssa_claim}).
Contact via {rel_first} at {rel_phone} or client's phone {pt_phone}.""",
        """OUTREACH -- WEEKLY BY-NAME LIST (Coordinated Entry, CoC {coc})
RANK  NAME                    DOB          VI-SPDAT  LOCATION                LAST SEEN
1     {pt_caps}      {dob}   {vispdat}        {cross}     {visit}
--    alias: {pt_nick}; brother {rel_full}
Housing match: {org} PSH unit {unit}, {street2}, {city2} {zip2}; viewing {appt}
Docs status: birth cert {birth_cert} ordered; state ID {state_id} in hand; SSN card pending ({ssn})
Outreach lead: {chw_full} {chw_phone}""",
    ),
    "su_shelter_intake_form": (
        """SHELTER BED REGISTER -- NIGHT OF {visit}                      PAGE {pages}
BED   GUEST NAME                 DOB         HMIS ID     CHECK-IN   BIOMETRIC
{bed2}  {pt_caps}          {dob}    {hmis_id}      {time}      {fp_id}
NOTE: GUEST {pt_nick} ARRIVED BY {route}. SISTER {rel_caps} CALLED {rel_phone} TO CONFIRM.
PHOTO CAPTURED {photo_rec}. PRIOR STAY AT {shelter_town}. STAFF {mgr_caps}""",
        """{shelter_town} -- GUEST INTAKE                 Bed assignment: {bed}
Guest name: {pt_full}   Preferred: {pt_nick}
DOB: {dob}     SSN: {ssn}     HMIS #: {hmis_id}
Last permanent address: {street}, {unit}, {city}, {state} {zip2}
Emergency contact: {rel_full} ({rel_phone})
Biometric check-in: palm scan enrolled, template {palm_id}
Photo on file: {photo_file}
Health: {eponym}; takes {med}. Allergies NKDA. Vitals BP {bp}.
Night staff: {mgr_full}   Intake {dt}
Rules signed (policy {policy}). Curfew {time2}. Locker {units}.""",
        """SHELTER INTAKE / ADMISIÓN DE ALBERGUE          {form}
Nombre: {pt_lf}     Fecha nac.: {dob_es}    Edad {age}
Número de Seguro Social: {ssn}
Última dirección: {street}, {city} {zip}
Teléfono: {pt_phone}      Correo: {pt_email}
Huella digital (ID plantilla): {fp_id}      Foto: {photo_rec}
Cama: {bed}   Ingreso: {visit}
Medicaid {medicaid_id}   Médico: {md_full}
Trabajadora: {chw_full}""",
    ),
    "su_respite_admission": (
        """RESPITE ADMIT -- FIXED-WIDTH EXPORT
NAME                      DOB        MRN        ADMIT      BED        PAYER ID        PCP
{pt_caps}        {dob_us} {mrn}   {adm}   {bed2}    {medicaid_id}    {md_il}
ECONTACT {rel_full} {rel_phone}  FROM {hosp}  HAR {har}
DEVICE: CGM {cgm_sn}   O2 {o2_sn}   VITALS BP {bp} HR {hr}""",
        """MEDICAL RESPITE ADMISSION NOTE                      {bed}
Patient: {pt_lfm}   DOB {dob}   Respite MRN {mrn}   Hospital MRN {mrn2}
Referred from {hosp} ({ward}) by {sw_full}; referral fax from {fax}.
Admit date: {adm}  {time}
HPI: {age} yo admitted to hospital for {eponym} flare and {icd}; unsheltered before admission near {cross}, {city}.
Equipment: home O2 concentrator SN {o2_sn}; CPAP not used.
Meds: {med}; {med2}; {med3}. Vitals: BP {bp}, HR {hr}, RR {rr}, SpO2 {spo2}, T {temp}.
Insurance: MCO {mco_id} group {group_no}; Medicare {mbi}.
Admitting NP: {md_full} (NPI {npi}).   Respite program HRSA grant {grant}.""",
        """RESPITE REFERRAL -- FAXED PACKET RECEIVED  ({pages} pages)
From fax: {fax}   To fax: {fax2}   Received {dt}
RE: {pt_caps}    DOB {dob_us}    Acct {har}
Sending MD: {md_full}, NPI {npi}     SW: {sw_full}  {sw_phone}
Wound vac? no. Ambulatory with walker. Needs {diet} diet, {med}.
Accepted for {bed} on {adm}. Transport by {org} van; pick-up at {hosp} main entrance.""",
    ),
    "su_respite_discharge_summary": (
        """MEDICAL RESPITE DISCHARGE SUMMARY
Name: {pt_full}          DOB: {dob}        MRN: {mrn}
Admitted: {adm}     Discharged: {dc}     LOS {days} days   ({drg} at hospital)
Discharged to: supportive housing, {street}, {unit}, {city} {zip}
Case manager: {nav_full}  {nav_phone}  {nav_email}
Follow-up: PCP {md_full} on {appt}; CHW {chw_full} home visit {appt_md}.
Meds at discharge: {med}, {med2}. BP {bp}, A1c {a1c}%.
Loaner equipment returned: BP cuff SN {bp_sn}; scale {scale_sn} kept by client.
Signed {rn_full}, RN, license {rn_lic}, {dc}""",
        """RESPITE D/C -- brief
{pt_caps_full} ({pt_nick}) left AMA {dc_us} {time}. Had been in {bed} since {adm}.
Belongings stored, bag tag {units}. Last known plan: staying with cousin {rel_full}, {street2}, {city2}.
Phone {pt_phone}. Called PO {po_full} ({po_phone}) per re-entry agreement (DOC {doc_no}).
Missed {med} doses x {units}. Notified {hosp} SW {sw_il} by fax {fax}.""",
    ),
    "su_housing_document_packet": (
        """HOUSING NAVIGATION -- DOCUMENT READINESS CHECKLIST        {form}
Client: {pt_full}    HMIS {hmis_id}    DOB {dob}
[x] Birth certificate  -- state file no. {birth_cert} (ordered {visit}, fee {amount} paid by {org})
[x] State photo ID     -- {state_id}
[ ] Driver licence     -- expired, no. {dl}
[x] Social Security card -- {ssn}
[x] Income verification  -- SSI {income}
[x] Disability verification signed by {md_full}, NPI {npi}
[ ] Photo for housing authority badge -- {photo_file}
Navigator: {nav_full}  {nav_email}  {nav_phone}
Applicant portal: {portal_url}""",
        """Navigator progress note {visit}
Met {pt_first} at {hood} drop-in. {pt_first} {pt_last} (DOB {dob_us}) brought SS card {ssn} and expired licence {dl}.
Faxed birth-cert request to vital records ({fax}); ref {case_no}. Housing authority app {app_no}.
Unit viewing {appt} at {street2}, {unit}, {city2}. Landlord {landlord_full} {landlord_phone}.
VI-SPDAT {vispdat}, chronic status verified ({months} months). {nav_full}""",
    ),
    "su_psh_application": (
        """PERMANENT SUPPORTIVE HOUSING APPLICATION              HUD-funded, {coc}
Head of household: {pt_lfm}
Date of birth: {dob}    SSN: {ssn}    Medicaid: {medicaid_id}
Household members: {rel_full} (DOB {dob_us}); children {kids}
Current location: {shelter_town}, {bed}
Prior address: {street}, {city}, {county} {zip}
Income: {income}   Rent share 30%: {rent}
Disabling condition: {icd} ({eponym}); verified by {md_full}, lic {npi}
Applicant e-mail: {pt_email}   phone {pt_phone}
Applicant signature on {sig}   E-sign IP {ip}
Agency staff: {nav_full}, employee {employee_id}""",
        """PSH app -- ATTACHMENT C: Chronic homelessness verification
Applicant {pt_full}, HMIS client {hmis_id}
Episodes (3rd party verified):
  {visit}  -  {visit2}   street, {cross}, {city}
  {adm}  -  {dc}   {shelter_town}
  {release}          exit from {jail}, booking {booking_no}
Verifier: {chw_full}, {org}   {chw_phone}
Total {months} months in {year2}-{year}.""",
    ),
    "su_mlp_referral_fax": (
        """FAX -- MEDICAL-LEGAL PARTNERSHIP REFERRAL
To: {org} MLP intake   Fax: {fax}
From: {hosp} Pediatrics   Fax: {fax2}   Pages: {pages}
Date: {ref}
Patient/client: {pt_full}   DOB {dob}   MRN {mrn}
Parent: {rel_full}   phone {rel_phone}   address {street}, {unit}, {city} {zip}
Legal issue: eviction (housing court docket {docket_no}, hearing {hearing}); mold, child with asthma {icd}
Also: SNAP terminated, case {snap_case}.
Referring clinician: {md_full}, MD, NPI {npi}.  Social worker: {sw_full} {sw_email}
CONFIDENTIAL: attorney-client privileged once accepted.""",
        """MLP intake -- matter {mlp_matter}
Atty: {atty_full} ({atty_email})    Opened {visit}
Client {pt_lf}, DOB {dob_iso}, tel {pt_phone}
Referred by {sw_full}, LICSW #{lcsw_lic}, from {hosp}
Issues: (1) utility shutoff -- acct {util_acct}, notice dated {shutoff}; (2) landlord {landlord_full} withholding repairs at {street}, {unit}
(3) SSI overpayment, claim {ssa_claim}
Next: serious-illness letter from PCP; court {hearing}; docket {docket_no}.
Fax signed release to {fax}.""",
    ),
    "su_utility_protection_letter": (
        """{hosp}
Department of Family Medicine

{visit}

{utility} -- Credit & Collections
RE: Medical certification to prevent termination of service
Customer: {pt_full}
Service address: {street}, {unit}, {city}, {state} {zip}
Account number: {util_acct}

To whom it may concern:
I certify that a member of this household, {rel_full} (date of birth {elder_dob}, age {age_old}), has a serious
illness ({eponym}; home oxygen, concentrator serial {o2_sn}) and that termination of electric service would be
dangerous to health. Please protect this account for {days} days per state rules.
Contact my office fax {fax} with questions.

Sincerely,
{md_full}, MD     NPI {npi}     State lic. {md_lic}""",
        """SHUTOFF PROTECTION -- SERIOUS ILLNESS CERTIFICATE (form {form})
Customer name: {pt_caps}        Acct #: {util_acct}   Gas acct: {util_acct2}
Address: {street} {unit}, {city} {zip}
Shutoff date on notice: {shutoff}
Household member ill: {rel_first} {pt_last}, {age_old_word} years old
Certifying provider: {md_full}  Phone {sw_phone}  Fax {fax}
Arrears {arrears}; LIHEAP applied (agency line {hotline}).
Signed {sig}""",
    ),
    "su_benefits_enrollment_worksheet": (
        """BENEFITS ASSIST -- CALL NOTE {visit}   (voice authentication on state line: voiceprint {voice_id})
Called DTA with client {pt_full} on speaker. Case {snap_case}, EBT {ebt_card}. Interview moved to {appt}.
Client's new address {street}, {unit}, {city} {zip2}; new phone {pt_phone2}. WIC {wic_id}. -- {chw_il}""",
        """BENEFITS ENROLLMENT ASSISTANCE -- WORKSHEET
Applicant: {pt_full}    DOB {dob}    SSN {ssn}
Address: {street}, {unit}, {city} {zip}   County: {county}
Phone {pt_phone}   Email {pt_email}
Programs:  SNAP case {snap_case}  |  WIC family ID {wic_id}  |  TANF {tanf_case}
EBT card: {ebt_card}   (replacement requested {visit})
Household {hh}, income {income} ({fpl} FPL). Rent {rent}. Heating included? no.
Interview scheduled {appt} at {time_ampm} (phone). Online account: {portal_url}
Assister: {chw_full}, cert {chw_cert}. Submitted from {ip}.""",
        """SNAP/WIC/TANF -- asistencia
Solicitante: {pt_lf}   Nac. {dob_es}   SSN {ssn}
Hijos: {rel_first} ({age2}), WIC ID {wic_id}
Caso SNAP {snap_case}; TANF {tanf_case}; tarjeta EBT {ebt_card}
Medicaid {medicaid_id}
Cita: {appt}  -- ruta {route}
Asistente: {chw_full}  {chw_phone}""",
    ),
    "su_nemt_ride_log": (
        """NEMT TRIP MANIFEST  broker {org}   {form}
TRIP_ID      DATE        PICKUP                                   DROPOFF                 MEMBER            MEMBER_ID
{trip_id}  {visit_us}  {street}, {city}               {hosp}   {pt_lf}  {mco_id}
Driver: {driver_full}  DL {driver_dl}  Vehicle plate {driver_plate}  Cell {driver_phone}
Pickup {time} / drop {time2}; {miles} mi; billed {code}; wheelchair? no
Member callback {pt_phone}; escort {rel_first}
Trip auth {pa_ref}""",
        """ride log -- {visit_md}
{time_ampm}  picked up {pt_full} at {street} ({unit}) -> dialysis at {hosp}
driver {driver_il} plate {driver_plate}, {miles} mi, member no. {medicaid_id}
no-show on return leg; called member {pt_phone} and daughter {rel_full} {rel_phone}
trip {trip_id}; incident report to {mgr_full}, fax {fax}""",
    ),
    "su_transit_voucher_ledger": (
        """TRANSIT VOUCHER LEDGER (CSV)  program grant {grant}
voucher_no,issued,client,dob,mrn,pass,amount,route,purpose,issued_by
{voucher_no},{visit_iso},"{pt_lf}",{dob_us},{mrn},{pass_type},{amount},{route},dialysis,{chw_il}
{trip_id},{visit2},"{pt_lf}",{dob_us},{mrn},rideshare credit,{amount2},n/a,PCP {appt},{chw_il}
# client phone for rideshare code: {pt_phone}""",
        """Bus pass / ride voucher receipt
Issued to {pt_full} (MRN {mrn}) on {visit}
Voucher # {voucher_no}   value {amount}   valid on {route} and {route2}
Home stop: {cross}
Reason: {z1} {z1_desc}; appointments {appt} and {appt_md}
Client signature ______  Staff {chw_full}  employee {employee_id}""",
    ),
    "su_produce_rx_log": (
        """PRODUCE PRESCRIPTION / FOOD PHARMACY LOG
Rx # {rx_no}    Prescriber: {md_full} (NPI {npi})
Patient: {pt_lfm}   DOB {dob}   MRN {mrn}
Dx: {icd}, A1c {a1c}%, BMI {bmi}; food insecurity (Z59.41)
Pickup  Date        Items              Lbs   Value     Staff
1       {visit}   produce box + {diet}   {lbs}    {amount}    {chw_il}
2       {visit2}   produce box          {lbs}    {amount}    {mgr_il}
Glucometer issued: {meter} SN {gluco_sn}
Text reminders to {pt_phone}""",
        """FOOD PHARMACY -- enrolment
{pt_caps} | DOB {dob_iso} | MRN {mrn} | plan {mco_id}
Produce Rx {rx_no}: {amount} weekly card, {units} weeks. Card acct {ebt_card}.
Pickup at {org} ({hood}). Home {street}, {zip}.
Baseline: A1c {a1c}, LDL {ldl}, BP {bp}. Enrolled by {rn_full}, RN {visit}.""",
    ),
    "su_interpreter_broker_note": (
        """INTERPRETER / CULTURAL BROKER ENCOUNTER NOTE
Language: {lang}     Mode: in person     Duration {units}0 min   Billed {code}
Interpreter: {interp_full}, certified interpreter no. {interp_cert}
Patient: {pt_full}   MRN {mrn}   DOB {dob}
Provider: {md_full}   Date {visit} {time}
Cultural broker note: family prefers decisions made with elder {rel_full}; patient's grandmother is {age_old} and
lives with them at {street}, {city}. Explained {brand} use; teach-back done.
Voice consent recorded for phone line enrollment: voiceprint ID {voice_id}.
Patient phone {pt_phone}""",
        """Nota del intérprete -- {visit_es}
Paciente {pt_first} {pt_last}, expediente {mrn}. Intérprete {interp_il} (cert. {interp_cert}).
Médica: {md_full}. La paciente vive con su abuela ({age_old} años) en {street}, {hood}, {city}.
Se explicó {med} y la dieta {diet}. Próxima cita {appt}. Teléfono {pt_phone}.""",
    ),
    "su_faith_ministry_visit": (
        """FAITH COMMUNITY HEALTH MINISTRY -- HOME VISIT
Congregant: {pt_full} ("{pt_nick}")   age {age_old}   DOB {elder_dob}
Home: {street}, {unit}, {city} {zip}
Parish nurse: {rn_full}, RN (lic {rn_lic})    Pastor {pastor_full} also visited
Visit {visit}: BP {bp}, HR {hr}. {eponym} stable on {med}.
Hearing aid (R) serial {hearing_sn} not working -- parish will pay {amount} repair.
Lives alone ({z3}); daughter {rel_full} in {city2}, phone {rel_phone}.
Meals from {org} Tu/Th. Next visit {appt_md}.""",
        """Health ministry log -- {visit_md}
Visited Mother {pt_last} ({age_old_word} yrs, DOB {elder_dob}) after service. Deacon {pastor_il} drove.
BP {bp}. Still on {med}. Son {rel_first} ({rel_phone}) asks about respite for caregiver.
Address for card ministry: {street}, {city} {zip}. Medicare {mbi}.
-- {rn_fml}""",
    ),
    "su_reentry_health_handoff": (
        """Re-entry nurse phone note {visit}
Spoke w/ {pt_first} (released {release} from {jail}, inmate # {doc_no}). Staying with girlfriend {rel_first} at
{street}, {unit}, {city}. Ankle monitor {ankle_sn} charging OK. Voice check-in enrolled for PO line, voiceprint
{voice_id}. Missed {med} x {units}. Callback {pt_phone}. -- {rn_il}""",
        """JAIL RE-ENTRY HEALTH HANDOFF                 fax to {fax}
Releasing facility: {jail}    Booking # {booking_no}    DOC # {doc_no}
Name: {pt_caps}   DOB {dob}   Release date {release}
Post-release address: {street}, {unit}, {city} {zip}
Probation officer: {po_full} {po_phone}; GPS ankle monitor SN {ankle_sn}
Health: OUD on {med} (last dose {release} {time}); {icd}; TB screen neg.
Bridge Rx # {rx_no} sent to pharmacy (NCPDP {ncpdp}).
Medicaid reactivated: {medicaid_id}
Community clinic appt {appt} with {md_full}. Re-entry CHW {chw_full} {chw_phone}.
Sent by {rn_full}, RN, {dt}""",
        """RE-ENTRY HANDOFF (CSV)
inmate_no,name,dob,release,mrn,medicaid,meds,ankle_unit,po,fwd_addr
{doc_no},"{pt_lf}",{dob_iso},{release},{mrn},{medicaid_id},"{med}",{ankle_sn},"{po_il}","{street}, {city}"
note: client's photo ID scan {photo_file} attached; PO fax {fax2}""",
    ),
    "su_discharge_barrier_huddle": (
        """SOCIAL WORK -- DISCHARGE BARRIERS                    {ward}, {room}
Pt {pt_lfm}  DOB {dob}  MRN {mrn}  HAR {har}   Attending: {md_full}
Expected d/c {dc}; medically ready since {visit}. LOS {days}d ({drg}).
Barriers: no address ({z1}); Medicaid lapsed ({medicaid_id}); needs O2 (vendor serial {o2_sn} pending); no ride.
Family: niece {rel_full} {rel_phone}, lives {street2}, {city2} -- cannot take pt.
Plan: medical respite referral faxed {fax} on {ref}; CHW {chw_full}; voucher for {route}.
{sw_full}, LICSW, {sw_phone}""",
        """D/C BARRIER HUDDLE {visit_us} {time}
| Pt | MRN | Barrier | Owner | Due |
| {pt_il} | {mrn} | guardianship (pt is {age_old}) | {sw_il} | {due} |
| {pt_il} | {mrn} | SNF auth {pa_ref} | UM | {due} |
| {pt_il} | {mrn} | home address verify: {street}, {city} | {chw_il} | {appt_md} |
Attendees: {md_il}, {rn_il}, {role}, {role2}.  Claim {claim_no} denied ({rev}).""",
    ),
    "su_case_conference_minutes": (
        """HIGH-UTILIZER CASE CONFERENCE -- MINUTES       {visit}
Client: {pt_full} (aka {pt_nick})   DOB {dob}   MRN {mrn}
ED visits {units} in 6 months; admissions {hrsn_pos}. Last at {hosp} {adm}.
Present: {md_full} (PCP), {sw_full} (SW), {nav_full} (housing), {po_full} (probation), {chw_full} (CHW)
Housing: PSH application {app_no} -- unit at {street2}, {city2}.
Benefits: SNAP {snap_case}; EBT card {ebt_card} lost.
Legal: MLP matter {mlp_matter}.
Action items: {nav_first} to call landlord {landlord_full} {landlord_phone}; {chw_first} ride {appt}.
Consent for multi-agency sharing ROI signed {sig}.""",
        """CASE CONF -- minutes ({form2})
re: {pt_caps} / {hmis_id} / {mrn}
- {sw_first} reports pt staying at {shelter_town}, {bed}
- {nav_il}: birth cert {birth_cert} received {visit}; housing match {appt}
- {md_il}: {eponym}, on {med}; A1c {a1c}
- car towed -- plate {plate}; impound fee {amount2}
- next conf {appt_md} {time_ampm}""",
    ),
    "su_lifeline_phone_enrollment": (
        """LIFELINE / FREE PHONE ENROLLMENT (assisted)
Subscriber: {pt_full}   DOB {dob}   SSN {ssn}
Address: {street}, {unit}, {city}, {state} {zip}   (shelter address allowed)
Program eligibility: SNAP case {snap_case}; Medicaid {medicaid_id}
Phone issued: IMEI {imei}; new number {pt_phone}
Email {pt_email}
Enrollment submitted {dt} from {ip}
Assisted by {chw_full} at {org} -- handset from stock lot {lot}, SIM kit {units}""",
        """Phone distribution log
{visit} | {pt_lf} | IMEI {imei} | number {pt_phone2} | HMIS {hmis_id}
{visit} | photo ID checked ({state_id}) | staff {chw_il}
Support ticket portal: {portal_url}""",
    ),
    "su_remote_monitoring_loan": (
        """LOANER DEVICE AGREEMENT -- REMOTE BLOOD PRESSURE PROGRAM
Borrower: {pt_full}   MRN {mrn}   DOB {dob}
Address: {street}, {unit}, {city} {zip}
Device: {cuff} cuff, serial {bp_sn}; scale serial {scale_sn}; hub IMEI {imei}
Readings upload from {ip}; dashboard {portal_url}
Loaned {visit}; return due {due}. Deposit waived ({amount}).
Baseline BP {bp}. On {med}.
CHW {chw_full} {chw_phone}; supervising clinician {md_full} NPI {npi}""",
        """RPM alert -- {dt}
{pt_il} (MRN {mrn}) cuff {bp_sn}: BP {bp}, HR {hr}; 3 readings >180/110 in {days} days.
Called pt {pt_phone} -- no answer; called {rel_full} {rel_phone}. CHW to visit {street}, {city} {appt_md}.
-- {rn_full}""",
    ),
    "su_rental_assistance_application": (
        """EMERGENCY RENTAL ASSISTANCE -- APPLICATION {app_no}
Tenant: {pt_full}   DOB {dob}   SSN {ssn}
Unit: {street}, {unit}, {city}, {state} {zip}
Landlord: {landlord_full}   phone {landlord_phone}   tenant ledger acct {rent_acct}
Arrears {arrears}; monthly rent {rent}; {hh} in household
Court: summary process docket {docket_no}, hearing {hearing}
Referred by hospital SW {sw_full} (health-related: {z2} {z2_desc})
Tenant email {pt_email}; application submitted from {ip} on {dt}
Staff: {nav_full}, employee {employee_id}""",
        """ERA -- landlord verification call {visit}
Called {landlord_full} ({landlord_phone}) re tenant {pt_lf} at {street} {unit}.
Ledger acct {rent_acct} shows {arrears}. Utility acct {util_acct} also past due.
Payment of {amount3} approved by {mgr_il}; check to landlord at {street2}, {city2} {zip2}.""",
    ),
    "su_hmis_client_profile": (
        """HMIS_EXPORT_CLIENT.CSV
PersonalID,FirstName,LastName,SSN,DOB,ZIP,PhotoRef,BiometricID,UserEmail,ExportIP
{hmis_id},{pt_first},{pt_last},{ssn},{dob_iso},{zip},{photo_rec},{palm_id},{nav_email},{ip}
{case_no},{rel_first},{rel_last},,{dob_us},{zip2},,{fp_id},{nav_email},{ip}""",
        """HMIS CLIENT PROFILE (export)
ClientID:{hmis_id}
FirstName:{pt_first}
LastName:{pt_last}
NameDataQuality:1
SSN:{ssn}
DOB:{dob_iso}
Gender:declined
VeteranStatus:0
LastPermZIP:{zip}
Photo:{photo_rec}
BiometricTemplate:{fp_id}
EnrolledProject:{org} ES ({coc})
EntryDate:{visit_iso}
ExitDate:{dc_iso}
ExitDestination:Rental by client, with ongoing subsidy
UserID:{employee_id} ({mgr_full})
LastLoginIP:{ip}""",
        """HMIS -- duplicate client merge request
Record A: {pt_caps}  DOB {dob}  SSN {ssn}  ID {hmis_id}
Record B: {pt_last_ocr}, {pt_first}  DOB {dob_us}  SSN (blank)  ID {case_no}
Match basis: same photo ({photo_file}) and palm template {palm_id}
Requested by {nav_full} {nav_email} on {visit}; approved {mgr_il}.""",
    ),
    "su_caregiver_respite_voucher": (
        """FAMILY CAREGIVER RESPITE VOUCHER
Care recipient: {pt_full}   Age: {age_old}   DOB: {elder_dob}
Caregiver: {rel_full} (daughter), phone {rel_phone}, email {rel_email}
Home: {street}, {city} {zip}
Voucher # {voucher_no}: {units} days adult day health at {org}, value {amount2}
Medicare {mbi}; supplemental group {group_no}
Care manager {nav_full} {nav_phone}; issued {visit}; expires {due}""",
        """Respite voucher -- OCR of faxed form
Narne of elder: {pt_last_ocr}, {pt_first}    Age {age_old}
D0B: {elder_dob}     Medicare #: {mbi}
Caregiver: {rel_full}    Te1: {rel_phone}
Addr: {street}, {city}  {zip}
Vouchcr no. {voucher_no}   Fax back to {fax}
Signed: {nav_full}   {sig}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """AHC HRSN SCREENING -- PROGRAM SUMMARY ({form})
Screens completed this quarter with {hrsn_pos} of {hrsn_of} domains positive on average. Threshold for
interpersonal safety is 11. Z codes most used: {z1} ({z1_desc}) and {z2} ({z2_desc}). Billing {code}.
Staff: {role} and {role2}. Questions to the program line {hotline}.""",
    """PRAPARE workflow reminder (policy {policy}, {version})
Risk score {prapare} triggers navigator review. Household size {hh}, {fpl} FPL. LOINC {loinc} panel.
Post {z1} and {z3} when positive. CPT {code2}. Do not record the year of birth in free text; use the form.""",
    """Shelter census, night shift: {nights} guests, {bed} held for respite, {bed2} out of service.
Curfew {time2}. Naloxone stock: {brand}, lot {lot}, {units} kits on hand. Heat advisory -- open cooling room at {time}.
Route {route} stops outside at {time_ampm}. Crisis line {hotline}, suicide and crisis line 988.""",
    """Street medicine supply order (form {form})
{units} boxes gauze, {units} x {brand}, {ndc}, {med}. Wound kits lot {lot}.
Van mileage {miles} mi this week. Budget line {grant}. Approved by {role}.""",
    """Transit voucher program -- monthly report
Vouchers issued: {rides}; average value {amount}; most used {route} and {route2}.
Rideshare credits {amount2} total. HCPCS {code} for NEMT is billed by the broker, not by us.
Program grant {grant}. Org NPI {org_npi}; EIN {org_ein}.""",
    """Produce prescription program outcomes ({year})
Enrollees with A1c {a1c}% at baseline; mean drop 0.6 points. {lbs} lb average produce per month.
Cards loaded with {amount} weekly. Partner: {org}. Diet types: {diet}. {loinc}, {snomed}.""",
    """Medical respite program policy {policy}: eligibility
Adults {age}+ discharged from hospital without safe housing. Must be ambulatory; O2 up to 4 L allowed.
Exclusions: active {eponym} requiring IV therapy. Typical stay {days} days. {drg} patients often qualify.
Beds: {bed}, {bed2}. Referral form {form}, {pages} pages.""",
    """211 resource database update {version}
{org} food pantry: hours changed to {time_ampm}; ID not required. {org2}: energy assistance line {hotline}.
{org3}: free tax prep for households under {income}. Bus: {route}.""",
    """Benefits enrollment cheat sheet (form {form2})
SNAP gross income limit 130% FPL; WIC up to 185%. TANF time limit {months} months.
Medicaid expansion adults {age}-64. EBT replacement line {hotline2}. Allow {days} days for interview.""",
    """Utility shut-off protection -- how to certify
Serious illness letters need a clinician signature, diagnosis ({icd}) and protection period ({days} days).
Arrears over {arrears} need a payment plan. LIHEAP season ends in spring; call {hotline}. Usage {kwh}/mo typical.""",
    """Medical-legal partnership -- screening questions for clinic staff ({form})
Ask about eviction notices, shut-off notices, SNAP terminations, school issues. Refer via the MLP line {hotline}.
Do not give legal advice. {role} reviews referrals daily at {time}. Partner: {org}.""",
    """Interpreter services stats
{lang}: {units}0 encounters, average {units} min. Billed {code} where payer allows. Video remote units {lot}.
Certified interpreters: {pct} of staff. ASL requests by {time_ampm}.""",
    """Faith community health ministry -- monthly blood pressure clinic
{hh}0 congregants screened. BP above {bp} referred. Ages {age3} and up most common. {eponym} talk by {role}.
Donations {amount2}. Next: flu shots (stock lot {lot}).""",
    """Re-entry health program -- protocol {policy}
Bridge supply of {med} for {days} days on release. Medicaid suspension, not termination (Z code {z1}).
Naloxone {brand} at release. Warm handoff to {org} within 72 hours. CPT {code}.""",
    """Discharge barrier categories (tracking sheet {version})
1 housing ({z1}) 2 transport ({z2}) 3 insurance 4 guardianship 5 equipment (O2, {brand2}).
Average avoidable days {days}. {drg} and {drg} overrepresented. {rev}.""",
    """Case conference agenda template
1. Utilization: ED visits, admissions in last 6 months. 2. Housing status, VI-SPDAT ({vispdat}).
3. Benefits. 4. Legal. 5. Action items with owners (roles only: {role}, {role2}). Time {time}.""",
    """Remote BP monitoring program
Cuffs: {cuff}, {units}0 in stock, lot {lot} (stock, not assigned). Alert rule: BP > 180/110 or < 90/60.
Escalation to {role}. Enrolled patients' average BP {bp}. HCPCS {code}.""",
    """Lifeline phone program FAQ
One phone per household. Proof: SNAP, Medicaid, SSI, or income under 135% FPL. Replacement fee {amount}.
Minutes {units}00/mo. Support line {hotline2}.""",
    """Emergency rental assistance -- fund status
Applications received {rides}0; paid {amount3} average. Max {months} months arrears. Must be under 80% AMI.
Partner agencies: {org}, {org2}. Policy {policy}.""",
    """Caregiver respite program rules
Care recipient {age3} or older or with {eponym}. Up to {days} days per year, value up to {amount2}.
Adult day health rate {amount} per day. Form {form}.""",
    """CHW weekly huddle notes (no client names)
Visits completed {rides}; no-shows {units}. Glucose meters {brand} restocked (lot {lot}). A1c average {a1c}.
Training: {eponym} basics, PHQ-9 ({phq9} cut-off review), GAD-7 {gad7}. Billed {code}, {code2}.""",
    """Outreach tally {year2}
Unsheltered count: {nights} in camps, {hh}0 in vehicles. Narcan kits {units}0. Warming centre nights {days}.
Bus passes ({pass_type}) {rides}. Referral to {org} PSH: {units}.""",
    """HMIS data quality report {version}
SSN data quality code 1 for {pct} of records; DOB complete {pct}. Projects: ES, TH, PSH, SO ({coc}).
Audit interval {days} days. Policy {policy}. Org NPI {org_npi}.""",
    """Food pharmacy inventory
{lbs} lb produce received, {units} cases {brand}. Storage {temp} F. Diets: {diet}. Vendor NDC n/a. CLIA {clia} lab
does the A1c point-of-care tests ({loinc}). Hours {time_ampm}.""",
    """Ride log summary -- broker report
{rides} trips, {miles} miles average, {pct} on time. Codes {code}, {code2}. Complaints {units}.
Wheelchair vans A0130 {units}. Dispatch {hotline}.""",
)
