"""Templates for set 6: imaging, clinical photography, telehealth and connected devices.

``{key}`` placeholders are filled from ``values.identifiers`` (typed: gold spans) and
``values.lookalikes`` (untyped filler). No literal braces appear in the text.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, ...]] = {
    # 1 ------------------------------------------------------------------------------------------
    "s6_telerad_prelim_read": (
        """TELERADIOLOGY PRELIMINARY REPORT -- {vendor}
Sending site: {facility}   Callback: {phone2}   Fax final to: {fax}
Patient: {pt_LF}   MRN: {mrn}   DOB: {dob}   Sex: {sex}
Acc#: {acc}   FIN {fin}   Modality: {modality}   Priority: {priority}
Exam: {ct_study}   Performed: {dt_visit}   Series/Images: {series}/{instances}
Ordering: {ordp}, MD   Tech: {tech_first}
Technique: {slice} mm axial, {kvp} kVp, {mas} mAs. CTDIvol {ctdi} mGy, DLP {dlp} mGy-cm.
Comparison: outside CT {d_prior} (images pushed from {ip} port {port}).
FINDINGS: {finding}. {finding2}.
IMPRESSION: {finding}. Critical result phoned to {rn} RN at {time}; read back confirmed.
Prelim read by {rad}, MD (NPI {npi}) -- {dt_visit_b}. Final to follow from {role}.""",
        """*** PRELIM / WET READ ***  Acc {acc}
{pt_caps} ({sex}, {age90} yo)  MR# {mrn}  DOB {dob90}
Location: ED {room}, {facility}
CT HEAD WO CONTRAST -- {series} series, {instances} images, {slice} mm recon
Hx: fall at home in {city}, on {drug}. NIHSS {nihss}.
Read: {finding}. No midline shift. {finding2}.
Discussed w/ Dr. {ordp_last} by phone ({phone}) {time}. Pt is {age90_word} years old; family ({rel}, {relation}) at bedside.
Dose: CTDIvol {ctdi} mGy / DLP {dlp} mGy*cm.
Reader: {rad_lf} MD, lic {lic}, reading from remote site. Fax copy {fax}. Encounter {fin}.""",
        """Telerad worklist item {acc} | {modality} | {priority}
pt={pt_dicom} mrn={mrn} dob={dob_dicom} visit={fin}
site={facility_caps} ae={ae} station={station}
read_start={dt_visit} read_end={dt_visit_b}
radiologist={rad} npi={npi}
Impression: {finding}. Recommend follow-up per {org} protocol; {contrast} given without reaction.
Referring: {ordp_init} -- notified {d_visit_short} at {time} via {phone2}.""",
        """TELERADIOLOGY PRELIM -- ED CT HEAD -- {facility_caps} -- ACC {acc} -- PT {pt_caps} -- MRN {mrn} -- DOB {dob} --
RECEIVED {dt_visit} -- {series} SERIES/{instances} IMAGES -- {slice} MM -- CTDIVOL {ctdi} MGY -- DLP {dlp} MGY-CM -- FINDINGS: {finding}.
IMPRESSION: {finding2}. CALLED TO DR {ordp_last} AT {time} (PH {phone2}), READ BACK. -- {rad}, MD -- NPI {npi} --""",
    ),
    # 2 ------------------------------------------------------------------------------------------
    "s6_dicom_header_dump": (
        """# dcmdump (header only) {mb}
(0008,0016) UI [{sop_class}]  # SOPClassUID
(0008,0020) DA [{d_visit_dicom}]  # StudyDate
(0008,0030) TM [{dicom_time}]  # StudyTime
(0008,0050) SH [{acc}]  # AccessionNumber
(0008,0060) CS [{modality}]  # Modality
(0008,0080) LO [{facility_caps}]  # InstitutionName
(0008,0081) ST [{street} {city} {state} {zip}]  # InstitutionAddress
(0008,0090) PN [{ordp_last}^{ordp_first}]  # ReferringPhysicianName
(0008,1010) SH [{station}]  # StationName
(0010,0010) PN [{pt_dicom}]  # PatientName
(0010,0020) LO [{mrn}]  # PatientID
(0010,0030) DA [{dob_dicom}]  # PatientBirthDate
(0010,0040) CS [{sex}]  # PatientSex
(0010,1010) AS [0{age}Y]  # PatientAge
(0018,0050) DS [{slice}]  # SliceThickness
(0018,0060) DS [{kvp}]  # KVP
(0018,1151) IS [{mas}]  # XRayTubeCurrent
(0020,000D) UI [{study_uid}]  # StudyInstanceUID
(0020,0011) IS [{series}]  # SeriesNumber
(0002,0010) UI [{ts_uid}]  # TransferSyntaxUID""",
        """DICOM header excerpt -- exported by {vendor} viewer {app_ver}
PatientName ........ {pt_dicom}
PatientID .......... {mrn}
OtherPatientIDs .... {mrn2}
PatientBirthDate ... {dob90_dicom}
PatientAge ......... {age90}Y
PatientAddress ..... {street}^{unit}^{city}^{state}^{zip}
PatientTelephoneNumbers  {phone}
StudyDate .......... {d_visit_dicom}   StudyTime {dicom_time}
AccessionNumber .... {acc}
StudyInstanceUID ... {study_uid}
SOPClassUID ........ {sop_class}
ReferringPhysician . {ordp_lf}
PerformingPhysician  {rad_lf}
OperatorsName ...... {tech_lf}
InstitutionName .... {facility}
ImagesInAcquisition  {instances}   SliceThickness {slice}   KVP {kvp}   Exposure {mas}
ContrastBolusAgent . {contrast}""",
        """tag dump (anonymizer DRY RUN - nothing removed) study {study_uid}
0008,0020 StudyDate={d_visit_dicom}
0008,0050 AccessionNumber={acc}
0008,0090 ReferringPhysicianName={ordp_last}^{ordp_first}^^Dr
0010,0010 PatientName={pt_dicom}
0010,0020 PatientID={mrn}
0010,0030 PatientBirthDate={dob_dicom}
0010,1040 PatientAddress={street}, {city}
0010,2154 PatientTelephoneNumbers={phone}
0032,1032 RequestingPhysician={doc2_lf}
0040,0244 PerformedProcedureStepStartDate={d_visit_dicom}
0040,0245 PerformedProcedureStepStartTime={dicom_time}
0018,9345 CTDIvol={ctdi}  0018,0060 KVP={kvp}  0028,0030 PixelSpacing=0.488\\0.488
0002,0013 ImplementationVersionName={version}  AE={ae}:{port}""",
    ),
    # 3 ------------------------------------------------------------------------------------------
    "s6_pacs_worklist_export": (
        """MODALITY WORKLIST  {modality}  {room}  printed {time}  (AE {ae})
ACCESSION    PATIENT                     MRN        DOB          PROC                        SCHED
{acc}  {pt_LF}       {mrn}   {dob_us}   {ct_study}   {dt_visit}
{acc2}  {w2}       {mrn2}   {w2_dob}   {ct_study}   {time}
{acc3}  {w3}       {mrn3}   {w3_dob}   US ABD COMPLETE   {time2}
{acc4}  {w4}       {mrn4}   {w4_dob}   MAMMO SCREEN BIL TOMO   {time3}
Tech on list: {tech}.  Protocolled by {rad_init}.  {count} items, {count2} STAT.""",
        """accession,patient_name,mrn,dob,modality,procedure,status,site,performing_tech
{acc},"{pt_lf}",{mrn},{dob_iso},{modality},"{ct_study}",COMPLETED,"{facility}",{tech}
{acc2},"{w2}",{mrn2},{w2_dob},MR,"MRI BRAIN W/WO",IN PROGRESS,"{facility}",{tech}
{acc3},"{w3}",{mrn3},{w3_dob},DX,"XR CHEST 2V",SCHEDULED,"{facility2}",
{acc5},"{w5}",{mrn5},{w5_dob},{modality},"{ct_study}",ON HOLD - prior auth,"{facility}",
# exported {dt_visit_iso} by {staff} from {ip}; {instances} images pending QC""",
    ),
    # 4 ------------------------------------------------------------------------------------------
    "s6_image_exchange_request": (
        """REQUEST FOR OUTSIDE IMAGES / IMAGE EXCHANGE
To: Film Library, {facility2}        Fax: {fax}
From: {facility} Imaging, attn {staff}   Ph {phone2}   Fax {fax2}
Patient: {pt}   DOB: {dob}   SSN (for record match): {ssn}
Our MRN: {mrn}   Your MRN if known: {mrn2}
Studies requested: {ct_study} dated approx. {d_prior}; mammograms {year} to present.
Format: DICOM via cloud exchange ({url_img}) or CD ({count2} disc max). Transfer syntax {ts_uid} preferred.
Reason: comparison for {cpt} exam scheduled {d_next}. Ordering: {ordp}, NPI {npi}.
Patient signature on file, authorization {form}. Requested {d_visit}.""",
        """Image share request #{case_id}
Requested by: {rn}, RN ({email2})  on {dt_visit}
Patient {pt_lf} | DOB {dob_us} | MRN {mrn} | home {street}, {city} {zip}
Cell {phone}
Outside study: {modality} {ct_study}, outside acc {acc}, performed {d_prior} at {facility2}
Upload link sent to patient: {url_img} (expires in 7 days)
Received {instances} images in {series} series; {mb}; study UID {study_uid}
Reconciled to our MRN by {staff_first} -- SSN last 4 matched against {ssn} in registration.
Notes: outside DOB mismatch flagged; corrected per {role}.""",
    ),
    # 5 ------------------------------------------------------------------------------------------
    "s6_mammo_recall_letter": (
        """{fac_breast}
Breast Imaging -- {street2}, {city2}, {state} {zip2}
Phone {phone2}   Fax {fax}

{d_sent}

{pt}
{street} {unit}
{city}, {state} {zip}

Dear {pt_first} {pt_last},

Thank you for having your screening mammogram with us on {d_visit_long}. Your radiologist, Dr. {rad_last},
has asked that you return for additional images (BI-RADS category {birads_recall}). This is common: about 10
in 100 women are called back, and most of these follow-up exams are normal.

We have reserved {d_next_long} at {time}. To confirm or change, call {phone2} or book online at
{url_portal}.

MRN {mrn} | Accession {acc}
cc: {pcp}, MD (fax {fax2})""",
        """RECALL -- DIAGNOSTIC WORKUP NEEDED
Date: {d_sent}
Re: {pt_LF}  DOB {dob}  MRN {mrn}  Member ID {hpid}
Screening {cpt} on {d_visit}: {mammo_finding}. Assessment BI-RADS {birads_recall}; density {density}.
Recommended: diagnostic mammogram {cpt2} + targeted US (76642). Prior auth not required under plan group {group}.
Patient was phoned at {phone} on {d_a} ({rn_first}); voicemail left. Letter mailed to {street}, {city} {zip}.
Reading radiologist: {rad}, MD. Tracking coordinator: {staff} ({phone2}).""",
    ),
    # 6 ------------------------------------------------------------------------------------------
    "s6_breast_density_notice": (
        """NOTICE OF BREAST DENSITY
{d_sent}
{pt_caps}
{street}
{city_caps} {state} {zip}

Your mammogram of {d_visit} shows that your breast tissue is dense (category {density}).
Dense tissue is common and is not abnormal, but it can make it harder to find cancer on a mammogram
and may raise the risk of breast cancer. Talk with {pcp} or your provider about whether more screening
(for example breast MRI or ultrasound) is right for you. Your report was also sent to your provider by fax ({fax}).

Questions: {phone2} | Patient ID {mrn} | {fac_breast}
{form}""",
        """Dense breast notification -- tracking log entry
pt: {pt_lf}   dob {dob}   mrn {mrn}   plan {hpid}
exam {acc} on {d_visit_us}, BI-RADS {birads}, density {density}; Tyrer-Cuzick lifetime {pct}%
letter generated {d_sent} (template {form}), mailed to {street} {unit}, {city} {zip}
portal copy: {url_portal}
supplemental screening discussed w/ {pcp_init} on {d_next}; MRI would be {cpt} -- est. {money} out of pocket.
PCP fax {fax}""",
        """AVISO SOBRE LA DENSIDAD MAMARIA
Fecha: {d_sent}
Paciente: {pt}    Fecha de nacimiento: {dob}    No. de expediente: {mrn}
Domicilio: {street}, {unit}, {city}, {state} {zip}

Su mamografía del {d_visit} muestra que usted tiene tejido mamario denso (categoría {density}).
El tejido denso es común, pero puede ocultar un cáncer en la mamografía. Hable con su médico ({pcp})
sobre exámenes adicionales. Si tiene preguntas llame al {phone2}.
{fac_breast} -- {form}""",
    ),
    # 7 ------------------------------------------------------------------------------------------
    "s6_teledermatology_consult": (
        """TELEDERMATOLOGY E-CONSULT (store-and-forward)   Case {case_id}
Referring: {pcp}, {fac_derm}   Submitted {dt_visit}
Patient: {pt}  DOB {dob}  MRN {mrn}
Images: {count2} clinical + {count2} dermoscopic ({cam}, {mag}, {res}); ID photo {photo_face} attached for identity match.
History: {age}-year-old with {lesion} on {body_site}, changing over 3 months. Hx {eponym}. Meds: {drug}.
Assessment by {doc2}, MD: {lesion}; favour benign but cannot exclude melanoma.
Plan: in-person excisional biopsy ({cpt2}) within 2-4 weeks; scheduling will call {phone}.
Response time {mins} h. Viewer link {url_img}. Billing {cpt} / {icd}.""",
        """Teledermatology consult reply -- {d_visit_long}
Re: {pt_lf} ({pt_nick}) MRN {mrn}
Photo set reviewed: PHOTO ID {photo_id} (full face, frontal) plus close-ups of {body_site} (DSC_0{count}{count2}.JPG, {res}).
Impression: {lesion}. Differential includes seborrheic keratosis vs pigmented BCC. PMH: {eponym}.
Recommend: cryotherapy at next visit; patient may email additional photos to {email2}.
Consultant: {doc2_lf}, MD, lic {lic}
Referring PCP: {pcp} -- reply faxed to {fax} at {time}.""",
    ),
    # 8 ------------------------------------------------------------------------------------------
    "s6_derm_photo_log": (
        """CLINICAL PHOTOGRAPHY LOG -- Dermatology   {form}
Patient {pt_LF}   MRN {mrn}   DOB {dob}   Session {d_visit}
Photographer: {staff}   Camera: {cam}, {focal}, {fstop}
#  File                        View            Site                 Notes
1  {photo_face}      full face frontal  --                   consent ok, ID match
2  DSC_{instances}.JPG             close-up        {body_site}          ruler in frame
3  DSC_{series}{count}.JPG              dermoscopy      {body_site}          {mag}
4  DSC_{count}{count2}0.JPG              overview        {body_site}          {res}
Total {count} images, {mb}. Uploaded to {vendor} at {time} from workstation {ip}.
Reviewed by {doc2_init}.""",
        """Total-body photography (mole mapping) session
Name: {pt}   Chart #: {mrn}   DOB {dob_us}
Date {d_visit}; baseline set {d_prior}
Identity photo: {photo_id} (full face, neutral expression) -- stored separately from body maps
{count} body-map poses captured, {instances} dermoscopic images; new lesions flagged: {count2}
Flagged: {lesion}, {body_site}. Compare to baseline image set; dermatologist {doc2} to review.
Patient contact for results: {phone} / {email}
Operator: {staff_first} ({emp_id})""",
    ),
    # 9 ------------------------------------------------------------------------------------------
    "s6_wound_photo_record": (
        """WOUND PHOTOGRAPHY RECORD -- {fac_wound}
Patient: {pt_lf}   MRN {mrn}   DOB {dob90}   Age {age90}
Room {room}   Date/time {dt_visit}
Wound #1 {body_site}, {stage}. L {wound_l} x W {wound_w} x D {wound_d} cm. Granulation {pct}%, slough minimal, periwound intact.
Photo: DSC_{instances}.JPG ({res}, {focal}) -- no face in frame. Ruler {lot}.
Pt ID band photographed with wound per {form}; patient ID photo on file {photo_id}.
Dressing: alginate + foam, change q{count2} days. Offloading boot ordered (HCPCS {hcpcs}).
Photos taken by {rn}, RN; reviewed by {doc2}, DPM. {relation} {rel} updated by phone {phone}.""",
        """Wound care photo log (home health)
{pt_caps}  -- {age90_word} years old, lives with {relation} at {street}, {city}
Visit {d_visit}: {body_site} {stage}, {wound_l} x {wound_w} cm, depth {wound_d} cm; prior {d_prior}: larger.
Image uploaded from tablet {app_dev_id} via app {app_ver} at {time}; {res}
Agency case {case_id}; MRN {mrn}; ordering MD {ordp}
Next visit {d_next}. Nurse: {rn_first}.""",
    ),
    # 10 -----------------------------------------------------------------------------------------
    "s6_diabetic_retinal_screen": (
        """DIABETIC RETINAL SCREENING REPORT (teleophthalmology)
Patient: {pt}   DOB: {dob}   MRN: {mrn}
Screening site: {fac_eye}   Date: {d_visit}   Camera: {cam}, non-mydriatic
Images: {count2} fields per eye, quality adequate OU
VA: OD {va_od}  OS {va_os}   IOP {iop} mmHg   A1c {a1c}%
Grading: OD {dr_grade}; OS {dr_grade2}. No referable maculopathy.
Graded by {doc2}, OD (remote reader, {role}) on {d_sent}. Billed {cpt}; dx {icd}.
Recall 12 months. Result letter to {street}, {city} {zip}; PCP {pcp} fax {fax}.""",
        """Retinal screen -- referable result
{pt_LF} | {sex} | DOB {dob} | acct {acct} | encounter {d_visit}
Reader: {doc2_lf}  ({npi})
Findings: {dr_grade}; referable DR. Ungradable fields: 0.
Action: refer to retina clinic at {facility2}; patient notified by phone {phone} on {d_sent} by {staff_first}.
Screening program ID {subj_id}. Camera {cam}, {res}, exam time {duration}.""",
    ),
    # 11 -----------------------------------------------------------------------------------------
    "s6_medphoto_consent_release": (
        """CONSENT FOR MEDICAL PHOTOGRAPHY, VIDEO AND RELEASE ({form})
I, {pt}, DOB {dob}, of {street}, {city}, {state} {zip}, consent to photographs and video of
my {body_site} being taken at {fac_derm} for: [X] my medical record  [X] teaching  [ ] publication.
Images that show my full face (file {photo_face}) may be used only for identity matching, not teaching.
I may withdraw this consent in writing at any time.
Signature: ______ ({pt_init})   Date: {d_visit}
Witness: {witness}   Photographer: {staff}
ID verified: driver's licence {dl}   MRN {mrn}   Consent ID {case_id}""",
        """Release of clinical images -- authorization
Patient name: {pt_lf}          Date of birth: {dob_us}
Phone: {phone}   E-mail: {email}
Images to be released: photo record {photo_id} (face and neck, {count} images taken {d_prior})
Recipient: {doc2}, {facility2}, fax {fax}
Purpose: second opinion. Expires: {d_end}.
Signed by {rel} ({relation}, POA) on {d_visit} -- patient lacks capacity; witness {witness}.
Processed by {staff}, HIM, {time}. Fee {money2} waived.""",
    ),
    # 12 -----------------------------------------------------------------------------------------
    "s6_video_visit_log": (
        """TELEHEALTH SESSION RECORD
Visit: {cpt} video, {duration}   Platform {vendor} {app_ver}
Provider: {doc2}, NP (located: {facility})   Patient: {pt} (MRN {mrn}) located at home, {city}, {state}
Start {dt_visit}   End {dt_visit_b}
Link: {url_meet}   Meeting ID {meet_id}
Patient client: {os} / {browser}, IP {ip}, device {app_dev_id}
Identity verified by face match to ID photo {photo_face} (template {bio_face}).
Backup phone if video drops: {phone}
A/V quality: {bitrate}, latency {latency}, packet loss {loss}. Consent for telehealth verbal, documented {form}.""",
        """Video visit log -- {d_visit}
{time} pt {pt_first} {pt_last} joined waiting room from {ip} ({os})
{time2} interpreter joined ({role2})
{time3} provider {doc2_init} admitted pt; {rel_first} ({relation}) also on call
-- dropped, rejoined from {ip2} on cell; call-back number {phone}
Age {age90}; vitals self-reported BP {bp}, HR {hr}, SpO2 {spo2}% on home oximeter SN {oxi_sn}
Encounter {fin}; meeting {meet_id}; link {url_meet}""",
        """Telehealth encounter audit
patient_mrn: {mrn}
patient_name: {pt_lf}
patient_dob: {dob}
session_id: {meet_id}
join_url: {url_meet}
client_ip: {ip}
client_port: {port}
stun_server_port: {port2}
client_device: {app_dev_id} ({model}, {os})
voice_verification: {bio_voice}
started: {dt_visit_iso}
location_attested: {street}, {city} {zip}
provider: {doc2} / NPI {npi}""",
    ),
    # 13 -----------------------------------------------------------------------------------------
    "s6_telehealth_tech_ticket": (
        """Ticket {ticket}  Priority P{count2}  Queue: Virtual Care Support
Opened {dt_visit} by {staff} ({email2})
Caller: {pt} -- patient -- cb {phone}
Issue: cannot join video visit with {doc2_init}; camera permission denied in {browser}.
Env: {os}, app {app_ver}, public IP {ip}, NAT type symmetric, TURN over port {port}
Steps: cleared cache, re-sent link {url_meet}; voiceprint login reset (old template {bio_voice} revoked).
Resolved {dt_visit_b}. Pt email on file {email}. MRN {mrn} for reference only.""",
        """HELPDESK -- failed telehealth connection
Ticket: {ticket}
Reported: {d_visit}, {time}
User: {pt_LF}, DOB {dob}
Contact: {email} / {phone}
Device: {model} tablet, loaner ID {dev_sn} (shipped to {street}, {city} {zip})
Network: home Wi-Fi, gateway {ip2}, client {ip}, {latency}, {loss} loss
Fix: firmware {fw} pushed; session re-established {time2}.
Agent: {staff_first}""",
    ),
    # 14 -----------------------------------------------------------------------------------------
    "s6_rpm_enrolment": (
        """REMOTE PATIENT MONITORING -- ENROLMENT
Program: Hypertension RPM ({org})      Enrolled: {d_visit}
Patient: {pt}   DOB {dob}   MRN {mrn}   SSN {ssn}
Address: {street} {unit}, {city}, {state} {zip}  ({county})
Phone {phone}   Email {email}
Coverage: Medicare MBI {mbi}; secondary {hpid}
Devices issued:
  BP cuff {cuff_model} SN {cuff_sn}  (fw {fw})
  Scale {scale_model} SN {scale_sn}
  Cellular hub IMEI {imei}
Consent for RPM (CPT 99453/99454) signed; copay {money2}/month explained.
Enrolling nurse {rn}, RN; ordering {ordp}, MD (NPI {npi}). Setup visit by field tech {staff_first}, vehicle plate {plate}.""",
        """RPM enrolment form -- Heart failure weight program
Name: {pt_lf}        Preferred name: {pt_nick}
DOB: {dob_us}        Phone: {phone}   Alt contact: {rel} ({relation}) {phone3}
Shipping address: {street}, {city} {zip}
Member ID {hpid}  Group {group}   Account {acct}
Scale SN {scale_sn}; pulse ox SN {oxi_sn}
Baseline wt {wt} kg, BP {bp}, HR {hr}; dry weight target {wt2} kg
Alert rules: gain > 1 kg/day or 2 kg/week -> call; {drug}
Enrolled {d_visit} by {rn_first}; first transmission {d_a}.""",
    ),
    # 15 -----------------------------------------------------------------------------------------
    "s6_rpm_readings_export": (
        """reading_time,patient_mrn,device_serial,type,value,unit,flag
{dt_visit_iso},{mrn},{cuff_sn},BP,{bp},mmHg,
{dt_visit_b},{mrn},{cuff_sn},BP,{bp2},mmHg,
{dt_visit_iso},{mrn},{cuff_sn},HR,{hr},bpm,
{d_a} 07:12,{mrn},{scale_sn},WT,{wt},kg,
{d_b} 07:09,{mrn},{scale_sn},WT,{wt2},kg,HIGH
# patient {pt_lf}; gateway {ip}; exported by {staff} for 99457 review ({mins} min)""",
        """RPM monthly summary -- {d_visit_my}
Patient: {pt}  MRN {mrn}  DOB {dob}
Days with readings: {count} of 30 (99454 met)   Interactive time: {mins} min (99457/99458)
BP avg {bp}; highest {bp2} on {d_a}; lowest {bp3} on {d_b}
Devices: cuff {cuff_sn} ({cuff_model}, fw {fw}); oximeter {oxi_sn}
Escalations: {count2}. Spoke with pt on {d_c} at {phone}; {drug2} adjusted by {ordp_init}.
Reviewed and signed: {rn}, RN. Dashboard {url_app}.""",
    ),
    # 16 -----------------------------------------------------------------------------------------
    "s6_cgm_data_report": (
        """AMBULATORY GLUCOSE PROFILE (AGP) REPORT
{pt_caps}   DOB {dob}   MRN {mrn}
Period: {d_start} - {d_visit} (14 days)   Sensor: {cgm_model}, serial {cgm_sensor}, transmitter {cgm_tx}
Time CGM active {wear}%   Mean glucose {glu} mg/dL   GMI {gmi}%   CV {cv}%
TIR 70-180: {tir}%   TBR <70: {tbr}%   A1c (lab) {a1c}%
Uploaded from phone {app_dev_id} via {vendor} app {app_ver}, clinic code entered by {staff_first}.
Interpretation ({cpt}): {ordp}, MD -- reduce {drug} by 2 units; recheck {d_next}.""",
        """CGM sensor issue report -- {ticket}
Patient {pt_lf}, {phone}, {email}
Sensor SN {cgm_sensor} ({lot}) failed after {count2} days; replacement shipped {d_sent} to {street} {unit}, {city} {zip}.
Last readings {glu} and {glu2} mg/dL at {time}; fingerstick {glu} mg/dL.
Reported to manufacturer by {staff}; MRN {mrn}; no adverse event.""",
        """Endocrine video visit -- CGM review
{pt_first} {pt_last} ({age}) joined from home in {city}; sensor {cgm_model} (SN {cgm_sensor}) uploaded through the clinic
share code. Over the last 14 days TIR was {tir}% with {tbr}% below range, mostly overnight around {time}. GMI {gmi}%,
lab A1c {a1c}% on {d_prior}. Reviewed together with {rel_first} ({relation}). Plan: lower basal to 18 units,
recheck download {d_next}. Time spent {mins} min. -- {ordp}, MD""",
    ),
    # 17 -----------------------------------------------------------------------------------------
    "s6_holter_event_report": (
        """HOLTER MONITOR REPORT ({hrs} h)
Patient: {pt}   Age: {age90}   DOB {dob90}   MRN {mrn}
Recorder {holter_model} SN {holter_sn}   Hookup {dt_visit}   Hookup by {tech}
Indication: {icd} palpitations; on {drug}.
Total beats {beats}; HR min/avg/max {hr}/{hr2}/{count}0 bpm
PVC burden {pvc}%   PAC burden {pac}%   AF burden {af_burden}%   Longest pause {pause} s
Patient diary: {count2} entries, symptoms correlate with sinus tachycardia.
Interpreting physician: {doc2}, MD, NPI {npi}. Signed {d_sent}.
Copy faxed to {pcp}, {fax}. Encounter {acct}.""",
        """MOBILE CARDIAC TELEMETRY / EVENT MONITOR -- end of service
Pt {pt_LF}, DOB {dob}, ph {phone}
Patch/monitor serial {holter_sn}; enrolled {d_visit}, returned {d_end}
Ship-to {street}, {city} {zip}; return mailer tracked under {rma}
Events: {count} triggered, {count2} auto-detected; AF burden {af_burden}%
Urgent notification {dt_visit_b}: pause {pause} s -- {rn} called pt and {ordp_last}'s office ({phone2}).
Billing {cpt} / claim {claim}""",
        """IMPLANTABLE LOOP RECORDER -- remote transmission
Patient: {pt}   Age {age90_word}   MRN {mrn}
Device: ILR model {holter_model}, serial {dev_sn}, implanted {d_prior}
Transmission {dt_visit}; battery OK; {count2} AF episodes, longest {mins} min; pause episodes 0
Reviewed by {doc2_init} (device clinic). Next remote {d_next}. Contact {rel} ({relation}) {phone3}.""",
    ),
    # 18 -----------------------------------------------------------------------------------------
    "s6_cpap_compliance_download": (
        """PAP COMPLIANCE DOWNLOAD -- {d_start} through {d_visit}
Patient: {pt_lf}   DOB {dob}   Ins. ID {hpid}
Device: {cpap_model} SN {cpap_sn}   Humidifier SN {dev_sn2}   Mask: medium full-face
Settings: {pressure}   EPR 2
Usage days {pct4h}% >= 4 h   Avg use {usage} h/night   AHI {ahi}/h   Leak 95th {leak} L/min   P95 {p95} cmH2O
Meets CMS 90-day adherence: YES. DME: {vendor}, account {acct}.
Reviewed by {doc2}, MD (sleep), {d_sent}. Supplies: {hcpcs}, A7034.""",
        """CPAP data card / cloud report
{pt_caps}  ({age90})  DOB {dob90}
Sleep center: {fac_sleep}   Tech: {tech}
Serial: {cpap_sn}  fw {fw}  modem {imei}
30-day: usage {usage} h avg, AHI {ahi}, mask leak {leak} L/min; {pct4h}% nights over 4 h
Patient reports mask discomfort; called {phone} on {d_b}.
Plan: mask refit {d_next}. Claim {claim}. Plan ID {mbi}.""",
    ),
    # 19 -----------------------------------------------------------------------------------------
    "s6_hearing_vision_app_export": (
        """HearCheck app export -- {app_ver}
user: {pt} ({email})
dob: {dob_iso}
test_date: {dt_visit_iso}
hearing_aid_serials: L {hear_sn} / R {dev_sn}
earbuds: {model2}, calibration {fw}
thresholds_right: 500Hz {db} dB, 1000Hz {db2} dB, 4000Hz {db3} dB
thresholds_left: 500Hz {db2} dB, 1000Hz {db} dB, {hz}Hz {db3} dB
ambient_noise: {db} dBA  pass: no
shared_with: {doc2} (audiology), {url_app}""",
        """Vision screening app -- results exported {d_visit}
Name {pt_lf}   DOB {dob}   MRN {mrn}
Device {model} ({os}), screen {res}, brightness auto; device ID {app_dev_id}
Acuity OD {va_od}, OS {va_os}; Amsler: normal; contrast sensitivity {pct}%
Flag: OS reduced vs prior {d_prior}. Notified {pcp} via portal; pt call-back {phone}.
Session IP {ip}""",
    ),
    # 20 -----------------------------------------------------------------------------------------
    "s6_portal_message_attachment": (
        """Patient portal message
From: {pt} <{email}>
To: Dermatology pool ({doc2})
Sent: {dt_visit}
Subject: photos of my {body_site}

Hi Dr. {doc2_last}, it's {pt_nick}. Attaching 2 photos as you asked: IMG_{count}{instances}.HEIC ({mb}) and a selfie so you can
see my face rash ({photo_face}). It's worse since {d_a}. I'm still on {drug}. My number changed, it's {phone} now.
Thanks, {pt_first}
-- attachments scanned OK; message link {url_portal}; sent from {ip}""",
        """MyHealth Portal -- secure message thread {case_id}
{dt_visit}  {pt_lf} wrote:
  "my BP cuff readings attached (csv). cuff SN {cuff_sn}. readings {bp} {bp2} {bp3} this week. my daughter {rel_first} set it up."
{dt_visit_b}  {rn} (RN) replied:
  "Thanks -- reviewed with {ordp_init}. Please keep taking {drug}. Call {phone2} if over 180/110."
Attachment: readings.csv ({mb}), pdf from {url_portal}
MRN {mrn} -- DOB {dob}""",
    ),
    # 21 -----------------------------------------------------------------------------------------
    "s6_symptom_app_export": (
        """SymptomTrack export -- format v{count2}
user_id: {pt_app_id}
display_name: {pt_nick} {pt_last}
email: {email}
phone: {phone}
birth_date: {dob_iso}
app_version: {app_ver}
device: {model} / {os} / {app_dev_id}
last_sync_ip: {ip}
entries:
  - at: {dt_visit_iso}, symptom: headache, severity: {pain}/10, note: "took ibuprofen 400 mg"
  - at: {dt_visit_b}, symptom: dizziness, severity: {pain}/10, bp_manual: {bp}
share_link: {url_app}
linked_clinician: {pcp}""",
        """Symptom diary (exported PDF, OCR text)
Patlent: {pt_caps}      D0B: {dob}
Clinic: {facility}    Study subject {subj_id}
Week of {d_a}: fatigue {pain}/10, pain {pain}/10, SpO2 {spo2}-{spo2b}%, temp {temp} C
Week of {d_b}: fatigue {score}/27 (PHQ-9 {score}), steps {count}00/day
Note from pt: "felt worse after the {time} dose of {drug2}" -- reviewed by {rn_init}
Export from {url_app} on {d_visit}""",
    ),
    # 22 -----------------------------------------------------------------------------------------
    "s6_biometric_checkin_enrolment": (
        """BIOMETRIC PATIENT IDENTIFICATION -- ENROLMENT RECORD
Registration desk {room}, {facility}   {dt_visit}
Patient: {pt_LF}   DOB {dob}   MRN {mrn}
Palm-vein template ID: {bio_palm}   (right hand, {count2} scans, quality {pct})
Face template: {bio_face}   Enrolment photo: {photo_face}
Photo ID presented: driver's licence {dl}, exp. {year2} -- no, expired; passport card shown instead
SSN verified for MPI match: {ssn}
Enrolled by {staff} (emp {emp_id}); reader {model2}, fw {fw}. Opt-out form {form} offered.""",
        """Check-in kiosk log -- biometric match
{time}  kiosk K{count2}  scan palm -> match {bio_palm}  score {pct}
        patient {pt_lf}  MRN {mrn}  DOB {dob_us}  appt {time3} w/ {doc2_init}
{time2}  fingerprint fallback (template {bio_fp}) -- accepted
        photo-on-file {photo_id} shown to {staff_first} for visual confirm
        address confirmed: {street}, {city} {zip}; parking plate {plate}
        insurance card scanned: member {hpid}, grp {group}""",
        """Biometric consent & enrolment (BIPA notice acknowledged)
Nombre / Name: {pt}
Fecha de nacimiento / DOB: {dob}
Dirección / Address: {street}, {unit}, {city}, {state} {zip}
Teléfono: {phone}
Templates created: palm {bio_palm}; finger {bio_fp}; face {bio_face}
Retention: destroyed 3 years after last visit per {form}
Verified with ID {dl} by {staff}. SSN on file {ssn}. Date signed {d_visit}""",
    ),
    # 23 -----------------------------------------------------------------------------------------
    "s6_device_return_log": (
        """DEVICE RETURN / REPLACEMENT LOG
RMA {rma}   Opened {d_visit}   Closed {d_end}
Patient: {pt}   Age {age90}   MRN {mrn}   Acct {acct}
Returned: {model} SN {dev_sn} (fw {fw}) -- cracked display, error E-{count}
Replacement: SN {dev_sn2}, stock {lot}
Pickup: field tech {staff} at {street} {unit}, {city} {zip}; van plate {plate}, VIN {vin}
Spoke with {rel} ({relation}) at {phone}. Claim {claim} for {money}.""",
        """Returned equipment -- warehouse intake
date_received: {d_sent}
rma: {rma}
from: {pt_lf}, {street}, {city} {zip}
serials_in: {cuff_sn}, {oxi_sn}
serials_out: {dev_sn2}
condition: cleaned, {count2} items, firmware {fw}
courier: in-house, vehicle {plate}
notes: pt is {age90_word}; {relation} {rel} packed the box. Refund {money2} credited to account {acct}. SSN not collected.
clerk: {staff_first}""",
    ),
    # 24 -----------------------------------------------------------------------------------------
    "s6_mobile_mammo_coach_day": (
        """MOBILE MAMMOGRAPHY COACH -- DAILY SITE LOG
Coach #{count2}  VIN {vin}  Plate {plate}   Generator hrs {instances}
Site: {site_city} community center, {street2}, {site_city} {zip2}   Date {d_visit}
Techs: {tech}, RT(R)(M) lic {lic}; {staff}
Patients screened: {count}   Recalls expected: {count2}
First patient: {pt_LF}  MRN {mrn}  DOB {dob}  acc {acc}  -- checked in by palm scan {bio_palm}
Unit QC: phantom pass, AGD {ctdi} mGy, {kvp} kVp; detector temp OK.
Images sent to {facility} PACS at {time} ({ip}:{port}).""",
        """Mobile mammo event sign-in (page {pages})
Event: {site_city} -- parking lot, {street2}   Coach plate {plate}
# | Name                | DOB        | Phone          | Insurance ID   | Acc
1 | {pt_lf}        | {dob_us} | {phone}  | {hpid}   | {acc}
2 | {w2}        | {w2_dob} | {phone3}  | self-pay   | {acc2}
3 | {w3}        | {w3_dob} | declined  | {medicaid}   | {acc3}
Reading radiologist: {rad}. Tech: {tech_first}. Van VIN {vin}.""",
    ),
    # 25 -----------------------------------------------------------------------------------------
    "s6_lung_screen_registry": (
        """LUNG CANCER SCREENING -- REGISTRY SUBMISSION
Patient: {pt}   DOB {dob}   SSN {ssn}   Sex {sex}
Address: {street}, {city}, {county}, {state} {zip}
Exam: {ct_study}, {d_visit}, acc {acc}; CTDIvol {ctdi} mGy, DLP {dlp} mGy-cm, {slice} mm
Smoking: {pack_yr} pack-years, quit {year}
Result: Lung-RADS {lungrads}; largest nodule {nodule} mm; {finding}
Shared decision visit {d_prior} with {pcp} ({cpt} G0296); radiologist {rad}, NPI {npi}
Registry participant ID {subj_id}""",
        """LCS program nurse navigator note
{pt_LF} / MRN {mrn} / DOB {dob} / phone {phone}
Baseline LDCT {d_prior}: Lung-RADS {lungrads}. Annual due {d_next}.
Insurance {hpid}; prior auth {auth}.
Pt lives in {hood} ({city}), no car; ride arranged. Quit {year}, {pack_yr} pk-yr.
Registry SSN field: {ssn}. Navigator {rn}.""",
    ),
    # 26 -----------------------------------------------------------------------------------------
    "s6_contrast_reaction_report": (
        """CONTRAST REACTION -- SAFETY EVENT REPORT
Event # {case_id}   Date/time {dt_visit}   Location {room}, {facility}
Patient: {pt}  Age {age90}  MRN {mrn}
Agent: {contrast}, lot {lot}, rate 4 mL/s via 20G R AC
Reaction: hives + wheeze at {mins2} min; BP {bp}, HR {hr}, SpO2 {spo2}%
Tx: diphenhydramine 50 mg IV, epinephrine 0.3 mg IM ({ndc}). Resolved by {time}.
Reported by {rn}, RN (lic {lic}); supervising radiologist {rad}. Family ({rel}) notified {phone}.""",
        """Contrast allergy alert added to chart
{pt_lf} (MRN {mrn}, DOB {dob})
Prior reaction {d_prior} to {contrast}: moderate. eGFR {egfr}, Cr {cr}.
Premedication protocol for next study ({ct_study}, {d_next}): prednisone 50 mg at 13, 7, 1 h before.
Entered by {rad_init}; pharmacist {staff}; Rx {rx}.""",
    ),
    # 27 -----------------------------------------------------------------------------------------
    "s6_imaging_prior_auth": (
        """PRIOR AUTHORIZATION REQUEST -- ADVANCED IMAGING
Fax to: utilization mgmt {fax}   Date {d_visit}
Member: {pt_lf}   DOB {dob}   Member ID {hpid}   Group {group}
Ordering: {ordp}, MD   NPI {npi}   Ph {phone2}   Fax {fax2}
Rendering: {facility}, NPI {npi2}
CPT {img_cpt} x1, ICD-10 {icd}, {icd2}
Clinical: {age}-year-old, {indication}; failed 6 weeks PT; {drug}.
Auth # issued: {auth}   valid {d_visit_us} - {d_end}
Submitted by {staff}""",
        """UM DETERMINATION
Case {auth}   received {dt_visit}
Member {pt} | {mbi} | acct {acct}
Service: {ct_study} ({img_cpt}) at {facility}
Decision: approved {count2} unit(s), effective {d_visit_us} through {d_end}
Reviewer: {doc2}, MD, lic {lic}
Notice faxed to ordering {ordp} at {fax}; member letter to {street}, {city} {zip}.""",
        """PRI0R AUTH0RIZATION - FAX RECEIVED {dt_visit}   PAGE 1 0F {pages}
MEMBER NAME: {pt_LF}        MEMBER lD: {hpid}
D.O.B.: {dob}     GR0UP #: {group}
ORDERING PR0VIDER: {ordp_lf}     NPl: {npi}
PH0NE: {phone2}      FAX: {fax2}
SERVlCE: {ct_study}  CPT {img_cpt}   DX {icd}
FACILlTY: {facility_caps}
REF # {auth}   STATUS: PEND - clinical notes requested (last 2 office visits, prior imaging)
Return clinicals to fax {fax} within {count2} business days.""",
    ),
    # 28 -----------------------------------------------------------------------------------------
    "s6_telestroke_consult": (
        """TELESTROKE CONSULT
Spoke hub: {facility}   Cart {model2} IP {ip}   Video start {dt_visit}
Patient: {pt_lf}, {age90} y/o {sex_word}, MRN {mrn}, DOB {dob90}
LKW {time}; door {time2}; NIHSS {nihss}
CT head (acc {acc}): {finding}. CTA: no LVO. CTDIvol {ctdi} mGy.
Tenecteplase 0.25 mg/kg given at {time3}; door-to-needle {mins} min.
Mobile stroke unit VIN {vin} transported from {city}.
Neurologist: {doc2}, MD (NPI {npi}). Local ED: Dr. {ordp_last} ({phone2}).
{relation} {rel} consented by phone {phone}.""",
        """Telestroke timestamps -- QI log
case {case_id} | {pt_init} | MRN {mrn}
arrival {dt_visit}; tele-neuro connected {time}; CT read {time2}; decision {time3}
NIHSS {nihss} -> {score}; mRS baseline 1
platform link {url_meet}; session {meet_id}; far-end IP {ip2}
consultant {doc2_lf}; bedside RN {rn_first}""",
    ),
}

NEGATIVE_TEMPLATES: tuple[str, ...] = (
    """CT DOSE REPORT (summary, no patient data)
Protocol: {ct_study}   Series {series}   Images {instances}
kVp {kvp}   mAs {mas}   Slice {slice} mm   CTDIvol {ctdi} mGy   DLP {dlp} mGy-cm
Contrast: {contrast}. Scanner software {version}, station {station}.
Dose below the {org} DRL for this protocol. Reviewed by {role} at {time}.""",
    """Mammography QC weekly log -- unit {station}
Phantom score: fibers {count2}, specks {count2}, masses {count2} -- PASS
AGD {ctdi} mGy at {kvp} kVp; SNR within limits; detector fw {fw}
Compression force checked ({count}0 N). Form {form}. Completed by {role} at {time3}.""",
    """Breast density -- patient education sheet ({form})
Categories: a (almost entirely fatty), b (scattered fibroglandular), c (heterogeneously dense), d (extremely dense).
About 40 to 50 out of 100 women aged {age2} and over have dense breasts. Supplemental MRI (CPT {cpt}) may be
considered when lifetime risk is over 20%. Typical out-of-pocket cost {money}. Ask {role} about options.""",
    """Lung-RADS {lungrads} management reminder (program policy {form})
Category 3: LDCT in 6 months. Category 4A: LDCT 3 months or PET/CT. 4B/4X: tissue sampling as indicated.
Eligibility: age 50 to 80, {pack_yr}+ pack-years, quit within 15 years. Bill {cpt} with {icd}. Since {year}.""",
    """PACS downtime notice
Archive {ae} unavailable {time} to {time2} for upgrade to {version}. DICOM C-STORE on port {port}
will queue at the modality. Worklist (C-FIND) via {port2}. Contact {org} service desk via the usual queue.
Transfer syntax default {ts_uid}; SOP class {sop_class} unaffected.""",
    """Teledermatology photo standards ({form})
Use {cam} or approved phone; {res} minimum; {focal}; {fstop}. Include ruler and body-site label.
Never photograph the full face unless the lesion is on the face and consent covers it. Dermoscopy: {mag}.
Upload within {mins} minutes; delete from device. Billing {cpt} / {cpt2}.""",
    """Wound photography protocol
Camera {cam}, {focal}, flash off, 30 cm distance, perpendicular. Measure L x W x D (example {wound_l} x {wound_w} x {wound_d} cm).
Stage per NPIAP ({stage}). Photograph weekly and at each dressing change > {count2} days.
Applies to {body_site} and all pressure injuries. Dressing stock {lot}; HCPCS {hcpcs}.""",
    """Diabetic retinal screening -- program statistics {year}
Screened {count}0; gradable {pct}%; referable DR {count2}%; camera {cam}.
Common grades: {dr_grade}, {dr_grade2}. Billing {cpt} (remote imaging) vs 92250. A1c mean {a1c}%.
Report to {org} quality committee.""",
    """Telehealth platform release notes {app_ver}
- Fixed echo cancellation on {os}; tested at {bitrate}, latency {latency}, loss {loss}
- TURN relay now on UDP {port} and TCP {port2}
- Minimum resolution {res}; {browser} supported
Vendor: {vendor}. Rollout at {time}.""",
    """RPM billing rules (internal, {form})
99453 once per episode; 99454 needs 16 days of readings in 30; 99457 first 20 min; 99458 each extra 20 min.
Device types: cuff ({model}), scale ({model2}). Copay {money2}. RHC/FQHC use G0511. Revenue code {rev}.""",
    """Remote BP program -- cohort summary
Enrolled {count}0 patients; mean age {age2}; baseline BP {bp}, 90-day BP {bp2}.
Controlled (<130/80) {pct}%. Cuff {model} firmware {fw}; {count2} devices replaced (stock {lot}).
Presented by {role} to {org}.""",
    """CGM interpretation template
Targets: TIR >70%, TBR <4%, CV <=36%. This period: TIR {tir}%, TBR {tbr}%, GMI {gmi}%, CV {cv}%, wear {wear}%.
Mean glucose {glu} mg/dL. Consider adjusting {drug}. CPT {cpt}. LOINC {loinc}.""",
    """Holter report -- sample interpretation (training)
{hrs} h recording, {beats} beats. HR {hr}-{hr2} bpm. PVC {pvc}%, PAC {pac}%, AF burden {af_burden}%.
Longest pause {pause} s at {time}. Differential includes {eponym}. CPT {cpt}, ICD-10 {icd}.""",
    """CPAP adherence criteria (payer policy {form})
Use >= 4 h/night on 70% of nights in a consecutive 30-day window in the first 90 days. Example: {pct4h}% nights,
{usage} h average, AHI {ahi}, leak {leak} L/min, {pressure}. Supplies {hcpcs}, A7030. Device {model}, fw {fw}.""",
    """Audiogram summary (deidentified teaching case)
{age2}-year-old {sex_word}; thresholds {db}/{db2}/{db3} dB at 500/1000/4000 Hz; mild high-frequency sensorineural loss.
Hearing aid trial with {model2}; app {app_ver}. ICD-10 {icd}.""",
    """Contrast premedication protocol ({form})
Prednisone 50 mg PO at 13, 7 and 1 h before; diphenhydramine 50 mg 1 h before. eGFR threshold {egfr}.
Agents: {contrast}. Stock {lot}; NDC {ndc}. Reaction kit in {room}. Questions to {role}.""",
    """Biometric ID program FAQ
Palm-vein readers ({model2}, fw {fw}) store a template, never an image. Templates are encrypted; retention per {form}.
Match threshold {pct}; fallback is photo ID. Kiosk uptime last month {pct}%. Vendor {vendor}.""",
    """Device return procedure {form}
Clean with 70% isopropyl; pack in original box; attach RMA label. Courier pickup {time3}. Restock {lot}.
Replacement fee {money} if not returned in {count} days. Cuffs {model}; scales {model2}.""",
    """Mobile mammography schedule template
Coach arrives {time}; generator warm-up {duration}; first appointment {time3}. Capacity {count} screenings.
Bill {cpt} ({rev}). QC per {form}. {role} handles check-in.""",
    """Image exchange -- outbound CD QA checklist
Viewer {app_ver} included; DICOMDIR present; {instances} images, {series} series, {mb}.
Transfer syntax {ts_uid}. Burned at {time}. Verified by {role}. Form {form}.""",
    """Telestroke metrics -- quarterly
Median door-to-needle {mins} min; door-to-CT {mins2} min; NIHSS median {nihss}. Tenecteplase 0.25 mg/kg.
{count2} transfers for thrombectomy. Network {org}. DRG {drg}.""",
    """Video visit etiquette for clinicians
Test camera {res} before {time}. Use headset. Confirm patient location at start (state licensure). Document
duration ({duration}) and CPT {cpt} with modifier 95. Backup plan: phone. Platform {vendor}.""",
    """Symptom app validation study summary
{count}0 participants, mean age {age2}. App {app_ver} on {os}. PHQ-9 mean {score}; pain {pain}/10.
Agreement with clinic BP: {bp} vs {bp2}. SNOMED {snomed}. Funding {org}.""",
    """DICOM conformance statement (excerpt) -- {vendor}
Storage SCU/SCP: SOP class {sop_class}; transfer syntaxes {ts_uid}, 1.2.840.10008.1.2.
AE title {ae}, port {port}. Max PDU 16384. Character set ISO_IR 100. Version {version}.""",
    """Breast imaging audit {year}
Screens {count}00; recall rate {pct}%; BI-RADS {birads} most common; cancer detection {count2}.{count2} per 1000.
Benchmarks from the ACR; reviewed by {role}. Density c/d share {pct}%.""",
    """Pulse oximeter accuracy note
Device {model} (fw {fw}). SpO2 {spo2}% vs ABG {spo2b}%; HR {hr}. Skin pigmentation may bias readings. Policy {form}.
{lot} cleared. Temp {temp} C, RR {rr}.""",
)
