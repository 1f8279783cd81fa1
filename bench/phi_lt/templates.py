"""Document types of planted set LT: dermatology, aesthetic medicine and plastic surgery.

``{key}`` placeholders are filled from ``values.identifiers`` (gold when typed) and ``values.lookalikes``.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 general dermatology progress note
    "st_gen_derm_psoriasis_progress": (
        """DERMATOLOGY PROGRESS NOTE
Patient: {pt_lfm}    DOB: {dob}    MRN: {mrn}
Visit: {visit_date}   Provider: {doc}, MD   Scribe: {staff_init}
Referring: {pcp}, DO ({pcp_fax} fax)

S: {age}-year-old with plaque psoriasis (L40.0) since {year}, on {drug1}. Reports itch {nrs}. Lives in {pt_city} with partner {rel_first}; works night shift.
O: Fitzpatrick {fitz}. BSA {bsa}, PASI {pasi} (prior {pasi2} on {prev_date}). {eponym}. Nails: pitting x{num2}. BP {bp}, HR {hr}.
Labs {prev_short}: ALT {alt}; TG {tg}; {tb}.
A/P: 1. Psoriasis - continue {drug1}; add {drug2}. 2. {dx2} ({icd2}) - {cpt1} x1.
Insurance: member {member_id}, group {group_no}. RTC {fu_date} or sooner. Pt portal msg sent to {pt_email}.
Electronically signed {doc_lf}, MD {sign_dt}""",
        """Pt: {pt_uc}  |  Chart# {mrn}  |  DOB {dob_us}  |  Seen {visit_us} @ {clin_fac}
Hx: psoriasis dx'd {year} by Dr. {pcp_last} in {alt_city}; failed MTX, biologic-naive until {prev_mon}. Mom ({rel}) also has psoriasis, Graves' disease.
Today: PASI {pasi} -> goal PASI 75. IGA {iga}. DLQI {dlqi}. Scalp + {site} plaques, {eponym2}.
Plan: start {drug3}. PA to be faxed; call pt at {pt_cell} when approved. Address on file {pt_street}, {pt_city}, {pt_state} {pt_zip} - confirmed.
CPT {cpt2}, {cpt3}; ICD {icd1}. F/u {fu_short} w/ {np_init}, PA-C.
-- {doc_init}, MD""",
        """Derm f/u -- {pt_fml} ({age} y/o F), acct {acct}
Date of service: {visit_long}
Interval: since last visit on {prev_date} she moved to {hood} ({pt_county}). New address {pt_street} {pt_unit}, {pt_city} {pt_zip}. Home phone {pt_phone}.
Exam: BSA {bsa}, PASI {pasi}, Fitz {fitz}. Wt {wt}. No {eponym}.
Meds: {drug1}; {drug2}.
Plan reviewed with {role}; next labs on {d3_date}. Attending {doc_fml}, MD, NPI {npi}.""",
    ),
    # 2 paediatric eczema consult
    "st_peds_derm_eczema_consult": (
        """PEDIATRIC DERMATOLOGY CONSULTATION
Name: {pt_first} {pt_last}   DOB: {dob_kid}   Age: {age_kid} yr   MRN {mrn}
Accompanied by: mother {rel} and grandfather {rel2_first}.
Referral from {pcp}, MD, {alt_fac}; fax {pcp_fax}.
School: {school_id} (student ID for nurse's form), attends school in {pt_city}.

HPI: flexural eczema since infancy, worse each winter; sleep disrupted {num2} nights/wk. SCORAD {scorad}, EASI {easi}, itch {nrs}. {eponym}.
Plan: {drug2}; bleach baths 2x/wk; consider {drug1} if EASI > 16 at f/u on {fu_date}.
Parent contact: {rel_phone} / {rel_email}. Medicaid ID {medicaid_id}.
Seen {visit_date} by {doc_fml}, MD (peds derm) with fellow {fellow_init}.""",
        """Peds Derm Note   {visit_iso}
PATIENT  {pt_lf_uc}        DOB {dob_kid_iso}      MRN {mrn}
GUARDIAN {rel_lf} (mother)  ph {rel_phone}
ADDRESS  {pt_street}, {pt_city}, {pt_state} {pt_zip}

"{pt_nick}" is a {age_kid}-year-old with atopic dermatitis (L20.9) and food allergy. Previously seen at {alt_fac} on {prev_date}.
EASI {easi}; IGA {iga}; BSA {bsa}. {eponym2}. Weight {wt}.
Started {drug3}. Study enrolment discussed: subject {study_id}, coordinator {coord} ({staff_email}).
Dad ({rel2}) to pick up Rx #{rx_no} at {org}.
{doc_init}, MD / {np_init}, CPNP""",
    ),
    # 3 Mohs surgery stage log and map
    "st_mohs_stage_map_log": (
        """MOHS MICROGRAPHIC SURGERY LOG                {clin_fac}
Patient: {pt_lfm}   MRN {mrn}   DOB {dob_old}   Age {age_old}
DOS: {proc_date}    Surgeon: {doc_fml}, MD    Histotech: {tech_first}    Room: {room}
Referring derm: {pcp}, MD ({alt_city})   Path from referring bx: {accession}

Dx: {cdx} ({cicd}) at {site}; pre-op lesion {les}; Breslow n/a.
Stage  Blocks  Time   Map / margin
  1     {blocks}     {time}   positive at 2-4 o'clock, deep clear
  2     {num2}     {time2}  clear
Final defect {defect}. Repair: {cpt3} adjacent tissue transfer; suture {suture} lot {suture_lot}.
CPT {cpt1} / {cpt2}. Pt tolerated; daughter {rel} drove pt home ({rel_phone}).
F/U suture removal {fu_short}.  Signed {doc_init}, MD {sign_dt}""",
        """Mohs Surgery -- Stage Record
{pt_uc}, {age_old_word} years old, presented {proc_long} for {cdx} on the {site} (bx {prev_date}, acc. {accession}).
Lives at {pt_street}, {pt_city} with son {rel_first}; {pt_state}.
Stage I: {blocks} sections, margin {margin}, tumor at 9 o'clock. Stage II: clear. Stages total {stages}.
Defect {defect} repaired by {fellow}, MD (fellow) under {doc}, MD.
Anticoag held per cardiology. Vitals {bp}, HR {hr}.\x20
Account {acct}   MRN {mrn}   Medicare MBI {mbi}
{role2} note: map scanned to chart {sign_date}.""",
        """MOHS MAP  |  Pt {pt_lf}  |  {mrn}  |  DOB {dob_old}
Date {proc_us}  Surgeon {doc_last}  Tech {tech}
Site {site}; pre-op {les}; {stages} stages; post-op defect {defect}; margin {margin}
Note: pt {age_old} y/o, hard of hearing; HCPOA niece {rel} ph {rel_phone}; address {pt_street}, {pt_city} {pt_zip}
Repair {cpt3}; CPT {cpt1}, {cpt2}; dx {cicd}""",
    ),
    # 4 skin cancer screening with total-body photography
    "st_skin_screen_total_body_photo": (
        """FULL SKIN EXAM / TOTAL BODY PHOTOGRAPHY
Patient {pt_fml}  DOB {dob_old}  MRN {mrn}  Visit {visit_date}
Age {age_old}. Fitzpatrick {fitz}. Hx {cdx} ({cicd}) {year}; FHx melanoma (brother {rel2_first}).
TBP session: {photo_tbp} (includes face, 6 poses); prior session {prev_date}.
Dermoscopy images: {lesion_img} ({site}, {les}) -> changed vs baseline; shave bx {cpt1}.
Other: multiple SKs, {num} AKs treated LN2 {cpt2}/{cpt3}.
Photographer: {tech_init}. Provider: {np}, PA-C supervising {doc_last}.
Next screening {fu_mon}. Pt prefers texts to {pt_cell}.""",
        """SKIN CANCER SCREENING EVENT -- {clin_fac}
Participant: {pt_first} {pt_last}  ({age_old} y)  ZIP {pt_zip}  Phone {pt_phone}
Screened: {visit_us} by {doc_init}, MD
Findings: {les} irregular pigmented lesion {site} - ABCDE 3/5; refer for bx. {eponym}.
Photo consent signed; face photo {photo_face}; TBP ref {photo_tbp}.
Follow-up appointment booked {fu_date} at {alt_fac}.""",
        """TBP imaging log   operator {tech}   device {model_no}
{pt_lf_uc}   DOB {dob_old_us}   MRN {mrn}   age {age_old_word}
session {photo_tbp}   date {visit_dt}
pose01 (face/anterior) {photo_face}
pose02-06 body only; mole map {lesion_img}
compare baseline {prev_iso}; {num2} new lesions > {les2}
uploaded from {ip} by {staff_init}""",
    ),
    # 5 dermatopathology report
    "st_dermpath_report": (
        """DERMATOPATHOLOGY REPORT                       {pathlab}
Accession: {accession}     Received: {recv_date}     Reported: {path_dt}
Patient: {pt_lfm}   DOB: {dob_old}   Sex: F   Age: {age_old}   MRN: {mrn}
Submitting: {doc}, MD  NPI {npi}   {clin_street}, {clin_city}, {clin_state} {clin_zip}   Fax {clin_fax}
Specimen A ({specimen}): {site}, shave.
DIAGNOSIS: {cdx}. Margins: peripheral involved; deep clear. Breslow {breslow}; mitoses {mitoses}.
Immuno: SOX10 +, PRAME focal. CPT {cpt4} x1, {cpt5} x2.
Lab: CLIA {clia}. {lab_street}, {lab_city} {lab_zip}. Ph {lab_phone}.
Electronically signed by {path_fml}, MD, dermatopathologist, {path_date}.""",
        """DERMPATH   Acc# {accession}   Pt {pt_lf}   DOB {dob_us}   Ins {member_id}
Collected {visit_us} by {np_init}; received {recv_us}.
A. {site}: {cdx}, ulcerated, Breslow {breslow}, Clark IV. Recommend WLE.
B. {site2} ({specimen}): {dx2}.
Consult slides from {alt_fac} reviewed; outside case forwarded.
Call to {doc_last} office {clin_phone} on {path_short}, spoke w/ {staff_first}. Report faxed to {pcp_fax}.
{path}, MD | Lab CLIA {clia} | lab fax {lab_fax}""",
    ),
    # 6 phototherapy treatment log
    "st_nbuvb_cabinet_dose_log": (
        """NB-UVB PHOTOTHERAPY TREATMENT LOG      Unit: {model_no}   Serial {uv_unit_sn}
Patient: {pt_lf}   MRN {mrn}   Skin type {fitz}   MED {med}   Dx {dx1}
Check-in: fingerprint ({bio_fp}) matched at kiosk.
Tx#  Date         Dose        Cum          Time   Tech     Erythema
{uv_tx}   {d1_us}   {uv_dose}   {uv_cum}   {uv_time}   {tech_init}   0
{num}   {d2_us}   {uv_dose}   {uv_cum}   {uv_time}   {tech_init}   1+ (held)
Goggles + face shield per {policy}. Lamp hours {lamp_hrs}; calibration {cal}.
Ordering: {doc}, MD. Pt cell {pt_cell}.""",
        """Phototherapy daily sheet -- {clin_fac} -- {visit_date}
{pt_uc} ({mrn}) tx {uv_tx}, dose {uv_dose}, cumulative {uv_cum}; cabinet SN {uv_unit_sn}; palm scan ID {bio_palm}.
Next: {d1_mon}. Missed {d2_short} (car trouble - plate {plate} reported stolen).
Home unit ordered: SN {home_uv_sn} to ship to {pt_street}, {pt_city} {pt_zip} on {d3_date}.
Tech {tech}, supervising {doc_init}, MD. {eponym}.""",
    ),
    # 7 isotretinoin iPLEDGE enrolment
    "st_ipledge_isotretinoin_enrolment": (
        """iPLEDGE ENROLMENT / MONTHLY CONFIRMATION
Patient: {pt_fml}     DOB: {dob_us}     iPLEDGE ID: {ipledge}
Category: patient who can get pregnant    Rx: {drug1}
Prescriber: {doc}, MD   DEA {dea}   NPI {npi}
Enrolled: {visit_date}.  Forms: {form}.
Pregnancy test (CLIA lab) {d1_date}: hCG {hcg}. Two forms: OCP + condoms.
Labs {prev_short}: TG {tg}, ALT {alt}, chol {chol}.
Comprehension questions completed online from IP {ip} on {d2_dt}.
Rx #{rx_no} to {pharm}, NCPDP {ncpdp}; window closes {d3_date}.
Pt email {pt_email}; cell {pt_cell}.""",
        """Isotretinoin month {num2} visit -- {visit_long}
{pt_lf} ({age}) MRN {mrn}  iPLEDGE {ipledge}
Cumulative dose so far {mj} x ... target 120-150 mg/kg; wt {wt}.
Mood screen neg (PHQ-2 0). Dry lips, no {eponym}. Mother {rel} ({rel_phone}) present.
Confirmed in iPLEDGE {visit_dt} by {np_init}, PA-C; prescriber {doc_lfm}, MD (lic {med_lic}).
Next pregnancy test due {fu_date}. Address: {pt_street} {pt_unit}, {pt_city}, {pt_state} {pt_zip}.""",
    ),
    # 8 biologic prior authorisation fax form
    "st_biologic_prior_auth_fax": (
        """PRIOR AUTHORIZATION REQUEST -- DERMATOLOGY BIOLOGIC        FAX TO: {plan_fax}
Member name: {pt_lf}          Member ID: {member_id}        Group #: {group_no}
DOB: {dob_us}     Phone: {pt_phone}     {bin} / {pcn}
Prescriber: {doc_fml}, MD    NPI: {npi}    DEA: {dea}    Office fax: {clin_fax}
Office address: {clin_street}, {clin_city}, {clin_state} {clin_zip}   (group NPI {fac_npi}, TIN {tin})
Drug: {drug1}   NDC {ndc}   HCPCS {hcpcs}
Dx: {dx1} ({icd1}); BSA {bsa}; PASI {pasi}; EASI {easi}; IGA {iga}.
Prior therapy: {drug2} ({year}), {drug3} (failed {prev_date}). TB: {tb}.
Contact: {staff} {clin_phone}.  Signature: {doc_init}, MD  Date: {sign_date}
-- PLAN USE --  PA ref {pa_ref}  approved {d1_date} through {exp_date}""",
        """Fax cover: to {payer} PA dept   fax {plan_fax}   from {clin_fac}   fax {clin_fax}   pages 6
RE: {pt_uc}   DOB {dob}   ID {member_id}   SSN (on plan form) {ssn}
Request for {drug1}; appeal of denial ref {pa_ref} dated {prev_date}.
Letter of medical necessity attached, signed {doc}, MD (NPI {npi}) on {sign_us}.
Copay card enrolled: {copay_id}. Questions: {staff_first} {staff_email}.""",
        """PA STATUS (portal print {visit_dt})
Patient........ {pt_lfm}
Subscriber..... {rel_lf} (spouse)   Sub SSN {rel_ssn}
Member ID...... {member_id}   Grp {group_no}
Drug........... {drug1} / {ndc}
Status......... APPROVED  Ref {pa_ref}  Eff {d1_iso} - {exp_iso}
Prescriber..... {doc_last}, NPI {npi}
Notes.......... {bin}; {pcn}; specialty pharmacy {pharm} NCPDP {ncpdp}""",
    ),
    # 9 patch test reading sheet
    "st_patch_test_reading_sheet": (
        """PATCH TEST READING SHEET   ({form})
Name: {pt_lf}   MRN: {mrn}   DOB: {dob}
Applied: {d1_date} {time}   D2 read: {d2_short}   D4/D5 read: {d3_short} by {np_init}
Occupation: hairdresser at a salon in {pt_city}; employer ID {emp_id}
#  Allergen                              D2    D4
1  {allergen1}      {rd1}    {rd2}
2  {allergen2}      {rd2}    {rd3}
3  {allergen3}      {rd3}    {rd1}
Interpretation: {dx1} ({icd1}); CPT {cpt1} x{num}. Avoidance list emailed to {pt_email}.
Reader: {doc_fml}, MD    Phone contact {pt_cell}""",
        """Patch test - final read {d3_long}
{pt_fml} ({age_la} y/o) chart {mrn}, referred by {pcp} ({pcp_fax} fax).
Positive: {allergen1} {rd2}; {allergen2} ?+; irritant reaction to {allergen3}.
Panel placed {d1_mon} by {tech}, RN; patient photos of back only (not face).
Next: repeat open application test; f/u {fu_date}. Address on chart: {pt_street}, {pt_city} {pt_zip}.""",
    ),
    # 10 burn clinic
    "st_burn_clinic_wc_followup": (
        """BURN CLINIC FOLLOW-UP -- {alt_fac}
Patient: {pt_lfm}  DOB {dob}  MRN {mrn}  FIN {fin}
DOI: {onset_date} (workplace kitchen flash burn, {employer_city})
Workers' comp claim {claim}; adjuster {coord} {rel_phone}; WC case {wc_case}. SSN on WC form {ssn}.
TBSA {tbsa} partial thickness; R forearm {wound}. {dx1} ({icd1}).
Tx: {drug3}; {hcpcs} skin substitute lot {sub_lot}. CPT {cpt1}.
Return to work note: light duty from {d2_date}. Seen {visit_date} by {doc}, MD and {rn}, RN.""",
        """Burn f/u {visit_us}. {pt_first} {pt_last}, {age_la}M. MVC with vehicle fire {onset_mon}; car VIN {vin}, plate {plate}.
Lives {pt_street}, {pt_city} {pt_state} {pt_zip}; wife {rel} ph {rel_phone}.
Grafted {prev_date} at {alt_fac}; take {pct}. Scar: hypertrophic, Vancouver 6. {eponym}.
Compression garment fitted; pressure {num} mmHg. Auto insurer claim {claim}.
SSN {ssn}  MRN {mrn}  Member {member_id}
{doc_init}, MD / {np}, NP""",
    ),
    # 11 wound clinic debridement
    "st_wound_debridement_note": (
        """WOUND CARE CENTER VISIT -- {clin_fac}
Pt: {pt_lf}   Age {age_old}   DOB {dob_old}   MRN {mrn}
Visit {visit_date}; wound #{num2} {dx1} ({icd1}) present since {onset_date}.
Measurements: {wound} ({wound2}); 60% granulation.
Debridement {cpt1} by {doc}, MD; {suture}. NPWT pump SN {npwt_sn} continued; canister changed by {rn_first}.
Skin sub {hcpcs} lot {sub_lot} (stock). Home health: {hh} RN {rn_init}, ph {clin_phone}.
Daughter {rel} ({rel_phone}) HCPOA. Address {pt_street}, {pt_city} {pt_zip}.
Medicare MBI {mbi}. Next {fu_short}.""",
        """Wound clinic -- {pt_fml}, {age_old_word}-year-old, nursing home in {pt_city} ({pt_county}).
{visit_us}: sacral wound {wound}; tunnel 1.2 cm at 12 o'clock. {eponym2}.
Sharp debridement {cpt1}; NPWT unit {npwt_sn} replaced (old unit alarmed {prev_short}).
Labs: Hgb {hgb}, WBC {wbc}. Dressing {hcpcs2}.
Acct {acct}  MRN {mrn}  Medicaid {medicaid_id}
Signed {np_lfm}, FNP-C  {sign_dt}""",
    ),
    # 12 med-spa intake
    "st_medspa_client_intake": (
        """NEW CLIENT INTAKE -- {spa} (lic. {spa_lic})
Client: {pt_first} "{pt_nick}" {pt_last}     Client ID: {client_id}
DOB: {dob_us}   Cell: {pt_cell}   Email: {pt_email}
Address: {pt_street}, {pt_unit}, {pt_city}, {pt_state} {pt_zip}
Instagram: {social_url} (ok to tag {social_handle}: Y)
Emergency contact: {rel} ({rel_phone})
How did you hear about us? {package} promo
Parking validation plate: {plate}
Membership: {member_acct}; fingerprint check-in enrolled ({bio_fp})
Profile photo: {photo_face}
Allergies: lidocaine? no. Pregnant: no. Fitz {fitz}. Prior toxin {toxin} {year}.
Intake reviewed by {est}, licensed esthetician #{est_lic}, on {visit_date}.""",
        """client_intake_export.csv
client_id,last,first,dob,phone,email,zip,plate,referral,created
{client_id},{pt_last},{pt_first},{dob_iso},{pt_cell},{pt_email},{pt_zip},{plate},{package},{visit_dt}
note: {pt_nick} prefers afternoons; checks in with palm scan {bio_palm}; rewards {rewards_id}""",
        """FORMULARIO DE INGRESO / CLIENT INTAKE (bilingüe)
Nombre / Name: {pt_fml}        No. de cliente: {client_id}
Fecha de nacimiento / DOB: {dob}     Tel. celular: {pt_cell}
Correo: {pt_email}
Dirección: {pt_street}, {pt_city}, {pt_state} {pt_zip}
Contacto de emergencia: {rel} (esposo/a) {rel_phone}
Placa del vehículo (estacionamiento): {plate}
Huella digital registrada: {bio_fp}     Foto de perfil: {photo_face}
Tratamiento de interés: {package}; tipo de piel Fitzpatrick {fitz}
Revisado por {est_first} el {visit_date}""",
    ),
    # 13 neurotoxin injection log
    "st_neurotoxin_units_log": (
        """NEUROTOXIN TREATMENT RECORD
Client: {pt_lf}  ID {client_id}  DOB {dob}   Date: {visit_date}
Product: {toxin}  lot {tox_lot} exp {tox_exp}  Dilution {dilution}
Glabella {u_glab} U | Frontalis {u_front} U | LCL {u_lcl} U each side | Total {u_total} U
Injector: {rn_fml}, RN (lic {rn_lic}) under medical director {doc}, MD (lic {med_lic})
Pre-tx photos: {photo_face}, {photo_face2}
Touch-up {d2_short} if needed. Paid {price2} ({price3}/unit), {package}.
{mm_scale}. No ptosis. Next appt {d4_date}.""",
        """Tox log {visit_iso} {room}
{pt_uc} | {client_id} | {toxin} {u_total}u | lot {tox_lot} | inj {rn_init} ({rn_lic})
areas: glab {u_glab}, fh {u_front}, cf {u_lcl}x2; masseter 0
consent {form} signed {visit_short}; photos {photo_face}
complaint prior visit ({prev_date}): bruise, resolved. Text {pt_cell}.""",
        """Daily injector ledger -- {clin_fac} -- {visit_long}
time | client | product | units | lot | injector
{time} | {pt_first} {pt_last} | {toxin} | {u_total} | {tox_lot} | {rn_last}
{time2} | (walk-in, declined) | - | - | - | -
Medical director on site: {doc_init}, MD. Stock lot {tox_lot} logged, {num} vials remaining.""",
    ),
    # 14 filler syringe export
    "st_filler_syringe_csv_export": (
        """filler_treatments_{year2}.csv
visit_dt,client,client_id,product,lot,syringes,area,injector,injector_lic,price
{visit_dt},"{pt_lf}",{client_id},{filler},{fill_lot},{syr},cheeks,{rn},{rn_lic},{price2}
{d1_dt},"{pt_lf}",{client_id},{filler2},{fill_lot2},{syr},lips,{rn},{rn_lic},{price2}
# exported by {staff_email} from {ip}
# client contact {pt_cell}; photos {photo_face}""",
        """DERMAL FILLER PROCEDURE NOTE
{pt_fml}, DOB {dob_us}, Client {client_id}. Date {visit_date}.
{filler} lot {fill_lot} ({syr}) via {cannula} to midface; {filler2} lot {fill_lot2} to lips.
Hyaluronidase on hand. Vascular occlusion protocol {policy} reviewed. {mm_scale}.
Injector {np}, NP (NPI {npi}). Before: {photo_face}; after: {photo_face2}.
Follow-up {fu_mon}; pt lives in {pt_city}, {pt_state}.""",
    ),
    # 15 laser device log
    "st_laser_handpiece_session_log": (
        """LASER TREATMENT LOG   Device: {laser}   Console SN {console_sn}   Handpiece SN {laser_sn}
Patient: {pt_lf}  MRN {mrn}  Fitz {fitz}  Date {visit_date}
Indication: {dx1}. Test spot {prev_short}: no PIH.
Wavelength {wl}; spot {spot}; fluence {fluence}; pulse {pw}; cooling {cool}; pulses {pulses}; total {energy}.
Operator: {est}, CMLSO {laser_cert}; LSO on duty {role}. Eyewear OD 7+.
Post-care given; next session {fu_date}. Contact {pt_email}.""",
        """Energy device log -- {room} -- {visit_iso}
pt {pt_last_uc}, {pt_first_uc} ({mrn}) | {laser2} | HP SN {laser_sn} | {fluence2} | {spot} | {passes} passes
operator {tech} (cert {laser_cert}); supervising {doc_init}, MD
handpiece swapped after pt: new HP {console_sn}. Shot counter {pulses}.
pt to call {clin_phone} if blistering; home {pt_city}.""",
    ),
    # 16 tattoo removal series
    "st_tattoo_removal_session_series": (
        """TATTOO REMOVAL SERIES -- {package}
Client: {pt_fml}  DOB {dob}  Client # {client_id}  Phone {pt_phone}
Tattoo: black/blue, L forearm, placed {year}; Kirby-Desai score {num2}.
Session  Date        Device                 Fluence      Spot    Tech
1        {prev_us}  {laser} (SN {laser_sn})  {fluence}  {spot}  {est_init}
2        {d1_us}  same                     {fluence2}  {spot}  {est_init}
Baseline photo (face excluded) {lesion_img}; frosting ok; {eponym}.
Paid {price2}; invoice {invoice_no}. Next {fu_date}.""",
        """Tattoo removal consult note {visit_long}
{pt_first} {pt_last}, {age_la}, wants neck tattoo (name "{rel_first}") removed before job start {d3_mon}.
Photos incl. face/neck {photo_face}. Fitz {fitz}. Laser {laser} SN {laser_sn}.
Email {pt_email}; lives in {hood}, {pt_city}.
Quote {quote_no}: {price}, {term} financing.""",
    ),
    # 17 hair restoration
    "st_hair_transplant_graft_record": (
        """HAIR RESTORATION PROCEDURE RECORD   {asc_fac}
Patient: {pt_lfm}   DOB {dob_us}   MRN {mrn}   Procedure date {proc_date}
FUE, robot-assisted (unit SN {robot_sn}). Norwood 4; SALT {salt}.
Grafts {grafts}: 1-hair {fu1}, 2-hair {fu2}, 3-hair {fu3}. Transection {pct}.
Surgeon {doc}, MD; techs {tech_init}, {est_init}.
PRP x1 ({package}). {drug2}.
Discharged {proc_short} {time} to driver {driver} ({driver_phone}), vehicle plate {plate}.
Post-op photos {photo_face} and {photo_face2}. F/u {fu_date}.""",
        """Hair restoration follow-up {visit_us}
{pt_uc} -- {age_la} y/o M, {drug1}; density improving; donor site healed.
Surgery was {prev_long} at {asc_fac}; transport by {driver} in car plate {plate2}.
Photos: {photo_face}. Next PRP {d2_date}. Financing acct {loan_no}. Lives {pt_city} ({pt_zip}).
{np}, PA-C""",
    ),
    # 18 breast implant device card
    "st_breast_implant_device_card": (
        """BREAST IMPLANT PATIENT DEVICE CARD
Patient name: {pt_fml}
Implant date: {implant_date}     Surgeon: {doc}, MD
Facility: {asc_fac}
LEFT   {implant_model} {cc} cc   {implant_ref}   LOT {implant_lot_l}   SN {implant_sn_l}
RIGHT  {implant_model} {cc} cc   {implant_ref}   LOT {implant_lot_r}   SN {implant_sn_r}
UDI: {udi}
Registry ID: {registry_id}   Manufacturer: {mfr}, {mfr_city}, {mfr_state}, tel {mfr_phone}
Keep this card. Patient address at time of implant: {pt_street}, {pt_city} {pt_zip}""",
        """Implant record transcription (scanned card rcvd {recv_date})
pt {pt_lf}  MRN {mrn}  DOB {dob}
L: {implant_ref} sn {implant_sn_l} lot {implant_lot_l}
R: {implant_ref} sn {implant_sn_r} lot {implant_lot_r}
Tissue expander removed {prev_date}, SN {expander_sn}.
Original surgery {implant_long} by Dr. {pcp_last} at {alt_fac}.
{cpt1}; {dx1}. Transcribed by {staff_init}.""",
    ),
    # 19 recall letter
    "st_implant_recall_letter": (
        """{clin_fac}
{clin_street}, {clin_city}, {clin_state} {clin_zip}  |  Tel {clin_phone}  |  Fax {clin_fax}

{sign_long}

{pt_fml}
{pt_street} {pt_unit}
{pt_city}, {pt_state} {pt_zip}

Re: Important information about your breast implants (serial {implant_sn_l} / {implant_sn_r})

Dear {pt_first},
Our records show you received textured implants on {implant_date}. The manufacturer ({mfr}) has issued a voluntary recall related to BIA-ALCL. Most patients need no surgery. Please schedule a visit; you may register at {portal_url} using reference {registry_id}.
If you have moved, please call {staff} at {clin_phone}.
Sincerely,
{doc_fml}, MD, FACS""",
        """RECALL NOTIFICATION LOG
sent {sign_iso} | {pt_lf_uc} | DOB {dob_old_us} | MRN {mrn} | SN {implant_sn_l}, {implant_sn_r} | UDI {udi}
mailed to {pt_street}, {pt_city} {pt_zip}; returned undeliverable {d2_short}; new address from {rel} (sister, {rel_phone}): {alt_street}, {alt_city}
email copy {pt_email}
patient age {age_old} (implants placed {implant_date}); counselled by {np_init}""",
    ),
    # 20 cosmetic surgery quote
    "st_cosmetic_surgery_price_quote": (
        """SURGICAL QUOTE  #{quote_no}                        Prepared {visit_date}
For: {pt_fml}   DOB {dob}   Patient ID {mrn}
{package}: abdominoplasty ({cpt2}) + liposuction 3 areas + {implant_model} {cc} cc augmentation ({cpt3})
Surgeon fee ........ {price}
Facility ({asc_fac}) ........ {price2}
Anesthesia ........ {price2}
Deposit to book: {deposit} (non-refundable after {d2_date})
Surgery date held: {d3_long}. Pre-op labs due {d2_short}.
Coordinator {coord}, {staff_email}, {clin_phone}. Quote valid {num} days.""",
        """Cosmetic consult summary -- {pt_lf} ({age_la} y) -- {visit_us}
Wants rhinoplasty + chin implant; photos {photo_face}, {photo_face2}; 3D sim saved.
Travelling from {pt_city}; passport {passport} for out-of-state lodging partner hotel.
Quote {quote_no}: {price}; {apr} via {lender}. Deposit {deposit}.
Surgeon {doc_last}; coordinator {coord_first} ({pt_cell} texted).""",
    ),
    # 21 financing and deposit
    "st_financing_deposit_receipt": (
        """PATIENT FINANCING APPLICATION (summary)
Applicant: {pt_lfm}   SSN {ssn}   DOB {dob_us}
Driver lic: {dl} ({pt_state})   ID scan {photo_id_scan}
Home: {pt_street}, {pt_unit}, {pt_city}, {pt_state} {pt_zip}   Phone {pt_phone}
Employer: {org2}, {employer_city}; income verified
Amount {price}; {term}; {apr}. Account no. {loan_no}.
E-signed {sign_dt} from IP {ip}.
Procedure: {package}; deposit {deposit} on card ending {card4}; receipt {invoice_no}.""",
        """DEPOSIT RECEIPT  {invoice_no}
Received from: {pt_uc}     Date: {visit_date}
Amount: {deposit}   Method: Visa ending {card4}
Applied to quote {quote_no} ({package}); patient acct {acct}
Balance {price} due 14 days before surgery ({d4_date}).
Cashier {staff_first}. Questions: {clin_phone}. {clin_fac}""",
    ),
    # 22 photo consent and image log
    "st_before_after_photo_consent": (
        """CONSENT FOR CLINICAL PHOTOGRAPHY AND MARKETING USE   ({form})
I, {pt_fml}, DOB {dob}, consent to photographs of my face and body.
[X] medical record  [X] education  [ ] website  [X] social media (tag {social_handle})
Images: {photo_face}, {photo_face2}; 3D facial template {bio_face}
Signature: {pt_init}   Date: {sign_date}   Witness: {est}
E-consent audit: {sign_dt} from {ip}; link {portal_url}
Revocation: write to {clin_street}, {clin_city} {clin_zip} or {doc_email}.""",
        """IMAGE LOG  {clin_fac}
file                       | date       | view          | pt
{photo_face}  | {visit_iso} | face AP       | {pt_lf} ({mrn})
{photo_face2}  | {visit_iso} | face oblique  | {pt_lf}
{lesion_img}            | {visit_iso} | {site} close-up | {pt_lf}
photographer {tech}; camera body SN not recorded; shared to {portal_url}""",
    ),
    # 23 teledermatology submission
    "st_teledermatology_store_forward": (
        """TELEDERMATOLOGY E-CONSULT SUBMISSION
Case {td_case}    Submitted {recv_dt}    Priority routine
Referring: {pcp}, NP  NPI {npi2}  {alt_fac}  fax {pcp_fax}
Patient: {pt_lf}  DOB {dob_us}  MRN {mrn}  Plan ID {member_id}
Question: {les} changing lesion {site}; r/o {cdx}. Fitz {fitz}.
Images: {lesion_img} (dermoscopy), {photo_face} (overview incl face)
Uploaded from IP {ip} (device {phone_dev}) via {portal_url}
Response: {doc}, MD {path_dt} -- recommend biopsy {cpt1}; in-person within {num} days.""",
        """eConsult {td_case} | {pt_uc} | {dob} | {pt_city}, {pt_state}
pt-submitted photos via app; email {pt_email}; IP {ip2}
reviewer {doc_init}: likely {dx2} ({icd2}); start {drug2}; f/u {fu_short}
session log: login {recv_dt} from {ip}; upload 3 images ({photo_face2}); logout""",
    ),
    # 24 complaint and revision correspondence
    "st_complaint_revision_letter": (
        """From: {pt_email}
To: {doc_email}
Date: {d1_dt}
Subject: Complaint re: filler {prev_date} -- case {case_no}

Dr. {doc_last},
I'm writing about the lip filler done by {rn_first} on {prev_long}. I have lumps and asymmetry (photos attached: {photo_face}, {photo_face2}). I posted about it at {review_url} but would rather resolve this. I am available at {pt_cell}.
-- {pt}

Reply ({d2_date}): Dear {pt_first}, we're sorry. We have booked a complimentary revision with hyaluronidase on {d3_date} in {room}. {mgr}, Practice Manager""",
        """PATIENT GRIEVANCE FILE  {case_no}
Complainant: {pt_lfm} ({mrn})   Phone {pt_phone}
Incident: {prev_date}, {laser} burn after {package}; handpiece SN {laser_sn}
State board complaint {board_case} filed {d1_date}; attorney {rel} ({rel_email})
Revision surgery {d3_long} by {doc}, MD at {asc_fac}; fees waived ({price2}).
Pt vehicle {plate} damaged in lot same day (separate claim {claim}).
Closed {d4_iso} by {mgr_init}""",
    ),
    # 25 biometric check-in kiosk audit export
    "st_checkin_kiosk_biometric_audit": (
        """KIOSK CHECK-IN AUDIT  site {clin_fac}  kiosk SN {kiosk_sn}
timestamp            patient              mrn         method  template            ip
{visit_dt}  {pt_lf}  {mrn}  PALM    {bio_palm}  {ip}
{d1_dt}  {pt_lf}  {mrn}  FP      {bio_fp}  {ip2}
enrolment by {staff} ({emp_id}) on {prev_date}; copy of ID {photo_id_scan}
appointment types: {package}; {cpt1}""",
        """biometric_enrolment_report
patient={pt_lf_uc}; dob={dob_iso}; mrn={mrn}; palm={bio_palm}; voice={bio_voice}; face_tpl={bio_face}; kiosk={kiosk_sn}; src_ip={ip}; enrolled={prev_dt}; by={staff_init}
policy {policy}; retention {num} yr; consent {form}""",
    ),
    # 26 post-op discharge and ride release
    "st_postop_ride_release_form": (
        """POST-PROCEDURE DISCHARGE & RESPONSIBLE ADULT RELEASE
Patient: {pt_fml}   MRN {mrn}   DOB {dob}
Procedure: {cpt2} under IV sedation, {asc_fac}, {proc_date}
Released at {time} to: {driver}, relationship {rel_first}'s friend, ph {driver_phone}
Vehicle: plate {plate} ({pt_state}); VIN (valet ticket) {vin}
Pt will stay at {alt_street}, {alt_city} tonight. Post-op call {d1_short} from {rn_init}.
Vitals at d/c {bp}, {spo2}. Aldrete 10. Signature {rn}, RN.""",
        """Valet / pickup log {proc_iso} -- {asc_fac}
{time} {pt_last_uc} -- driver {driver_uc} -- {plate} -- phone {driver_phone}
{time2} (other pt) -- rideshare -- n/a
note: plate {plate2} was left overnight; owner {pt_first} {pt_last} called {d1_short}.""",
    ),
    # 27 HL7 derm referral message
    "st_hl7_derm_referral_msg": (
        """MSH|^~\\&|EHR|DERMCLINIC|REF|LAB|{visit_hl7}||REF^I12|{num3}|P|2.5
PID|1||{mrn}^^^MR||{pt_last_uc}^{pt_first_uc}||{dob_old_hl7}|F|||{pt_street_uc}^^{pt_city_uc}^{pt_state}^{pt_zip}||{pt_phone}|||||{acct}|{ssn}
IN1|1|PLAN|{group_no}|{payer}||||||||||||||||||||||||||||||||||||{member_id}
PV1|1|O|{room}||||{npi}^{doc_last_uc}^{doc_first_uc}
RF1|A|R|||{td_case}|{recv_hl7}
DG1|1||{icd1}^{dx1}
NTE|1||Pt {age_old} yrs; r/o {cdx}; refer to Mohs; call {rel} {rel_phone}""",
        """REFERRAL (fixed-width export)
PTNAME              DOB        MRN         SSN          ZIP    PHONE
{pt_lf_uc}  {dob_old_us}  {mrn}  {ssn}  {pt_zip}  {pt_phone}
REF TO: {doc_init}, MD  {clin_fac}  FAX {clin_fax}
REASON: {cdx} {cicd}; age {age_old}; plan {member_id}; auth {pa_ref}""",
    ),
    # 28 OCR of faxed outside records
    "st_ocr_faxed_outside_derm_records": (
        """[OCR p1/3 -- fax rcvd {recv_dt} from {pcp_fax}]
0UTSIDE REC0RDS -- {alt_fac}
Patient Name: {pt_ocr}     D0B: {dob_old_ocr}     Age: {age_old}
SSN: {ssn}     Chart: {mrn2}
Address: {pt_street}  {pt_city} , {pt_state}  {pt_zip}
Visit {visit_ocr} -- Bx {site}: {cdx}. Path acc {accession}.
Ph: {pt_phone}   Ref by: {pcp_ocr}, M.D.
~~ illegible ~~ {eponym} ~~ cont. {drug1}""",
        """[scanned fax -- quality poor]
T0: {clin_fac}  FAX {clin_fax}
FR0M: Dr. {pcp_last}  {alt_city}  tel {lab_phone}
RE: {pt_ocr}  DOB {dob_old_ocr}  Ins# {member_id}  S S N {ssn}
Pt is a {age_old_word} yo w/ {cdx}, {les}, bleeding. Wife {rel_first} drives. Pls see soon.
Pages: 3   Sent {recv_date}""",
    ),
}


NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """DERMATOLOGY CLINIC PROTOCOL -- {policy}
Biologic start checklist: {tb}; hepatitis panel; CBC (Hgb {hgb}, WBC {wbc}). Baseline PASI {pasi}, BSA {bsa}, DLQI {dlqi}.
Dx {dx1} ({icd1}); first-line {drug1}. Bill {cpt1} and {hcpcs}. NDC {ndc}. Reviewed {year2} by {role}.""",
    """NB-UVB dosing table (skin type {fitz})
Start {uv_dose}; increase 10-20% per tx; hold if erythema 2+. Max cumulative {uv_cum}.
Cabinet {model_no}; lamp hours {lamp_hrs}; calibration {cal}. Form {form}. {eponym}.""",
    """Mohs quality report {year2}: {num3} cases; mean stages {stages}; mean defect {defect}; CPT {cpt1}/{cpt2} mix; repairs {cpt3}.
Room turnover {num} min in {room}. {role} audited {pct} of maps. Dx mix: {dx1} {icd1}, {dx2} {icd2}.""",
    """Toxin reconstitution card: {toxin} {dilution}; store 2-8 C; lot {tox_lot} exp {tox_exp}.
Typical: glabella {u_glab} U, forehead {u_front} U, crow's feet {u_lcl} U/side. HCPCS {hcpcs}. Price {price3}/unit.""",
    """Filler inventory count {year2}: {filler} lot {fill_lot} x {num}; {filler2} lot {fill_lot2} x {num2}. Cannulas: {cannula}.
Hyaluronidase 150 U vials x {num2}. Per {policy}, the injector logs lot on each chart. {mm_scale}.""",
    """LASER SAFETY CHECKLIST ({form}) -- {room}
Device {laser}; wavelength {wl}; eyewear OD 7+ at {wl}; test fire {fluence}, spot {spot}, pulse {pw}.
Cooling {cool}. Signage posted. {role} signed at {time}. Plume evacuator on.""",
    """Patch test series reference: {allergen1}; {allergen2}; {allergen3}. Read D2 and D4; score ?+ / + / ++ / +++ / IR.
CPT {cpt1} per allergen. Common in hairdressers: {dx1} ({icd1}). {eponym2}.""",
    """Burn unit education: TBSA estimated by rule of nines; {tbsa} partial-thickness in adults under {age_la2} may be outpatient.
Parkland: 4 mL x {wt} x TBSA. Dressing {hcpcs}; {drug3}. Revenue code {rev}; {drg}.""",
    """Wound clinic supply order: skin substitute {hcpcs} lot {sub_lot}; foam {hcpcs2}; {num} NPWT canisters.
Measurements template: {wound} ({wound2}). Debridement {cpt1}. Approved by {role}, {org}.""",
    """iPLEDGE program overview for staff: two negative pregnancy tests ({hcg}) before {drug1}; monthly labs TG {tg}, ALT {alt}.
30-day window; Rx must be picked up within 7 days. Form {form}. Questions to {role}.""",
    """Prior auth tips ({year2}): {drug1} needs BSA >= 10% or PASI >= 12 (today {pasi}); {bin} / {pcn}; HCPCS {hcpcs}; NDC {ndc}.
Group NPI {fac_npi}; TIN {tin}. Attach {tb}. Typical turnaround {num2} business days.""",
    """Med-spa menu {year2} -- {org}
{package}: {price2}. {toxin} {price3}/unit. {filler} {price2}/syringe. {laser} full face {price2}.
Memberships: {package}; {apr} financing over {term}. Lic {spa_lic}.""",
    """Hair restoration outcomes audit: {num} FUE cases; mean grafts {grafts}; 1-hair {fu1} / 2-hair {fu2} / 3-hair {fu3}; transection {pct}.
SALT change {salt}; {drug1}. Robot model used in {room}. {role2} reviewed.""",
    """Breast implant informed-consent packet ({form}): BIA-ALCL incidence; rupture rate; {implant_model} {cc} cc {implant_ref}.
MRI/US screening at year 5-6 then every 2-3 yr. CPT {cpt1}. Registry participation optional. {org}.""",
    """Dermpath grossing SOP {policy}: shave {les}; punch {les2}; ink margins; {blocks} blocks. CPT {cpt4}, {cpt5}.
Lab CLIA {clia}. Turnaround {num2} days. Melanoma: report Breslow ({breslow}), mitoses ({mitoses}).""",
    """Teledermatology program stats: {num3} e-consults in {year2}; {pct} resolved without visit; median response {num} h.
Image quality: {pct2} adequate. Top dx: {dx1} ({icd1}), {dx2} ({icd2}). Platform {org}.""",
    """Tattoo removal FAQ: {laser} at {wl}; sessions 6-10, {num2} weeks apart; Kirby-Desai scale; {price2} per session.
Expect frosting; {eponym}. Fitzpatrick {fitz} needs lower fluence ({fluence}).""",
    """Peds eczema action plan (generic): {drug2} to red areas; {drug1} if severe; bleach baths; EASI {easi}, SCORAD {scorad}.
Itch {nrs}. Call the clinic if fever. Age {age_la} and up: dose per weight {wt}.""",
    """Cosmetic surgery price list {year2}: {package} {price}; facility {price2}; anesthesia {price2}; deposit {deposit}.
Financing {apr} for {term}. CPT {cpt2}, {cpt3}. Policy {policy}.""",
    """Photo studio SOP: Frankfort plane; 5 views; lighting {num} lux; camera settings f/{num2}; {room}.
Face images stored only in the EHR media tab per {policy}. Close-ups of {site} use ruler.""",
    """Kiosk biometrics policy {policy}: templates encrypted; retention {num} yr; consent {form}; fallback to photo ID.
Vendor {org}; kiosks in lobby and {room}. Reviewed by {role} in {year2}.""",
    """Daily OR board (no patient names): {room} -- {cpt2} {time}; {cpt3} {time2}; turnover {num} min; {role}.
Sterile processing lot {suture_lot}; {suture}. Vitals targets {bp}, {spo2}.""",
    """Coding memo: Mohs {cpt1}-{cpt2}; add-on stages; repairs {cpt3}; path {cpt4}. ICD {icd1} {icd2} {icd3}.
HCPCS {hcpcs}; revenue {rev}; {drg}. SNOMED {snomed}; LOINC {loinc}. Payer rules {year2}.""",
    """Phototherapy staff roster note: {role} covers AM; {role2} PM. Cabinet {model_no}, lamp hours {lamp_hrs}.
Average cumulative dose {uv_cum}; erythema rate {pct}. {eponym}; {eponym2}.""",
    """Complaint trend summary {year2}: {num} complaints; {num2} revisions; top issue bruising after {filler}; {laser} burns {pct}.
Actions: {policy}; retraining by {role}. No identifiers in this report.""",
    """Scar clinic handout: silicone gel 12 h/day; pressure garments; {laser} at {fluence} every {num2} weeks; triamcinolone 10-40 mg/mL.
Vancouver Scar Scale; {eponym2}. Ages {age_la} to {age_la2} respond similarly.""",
)
