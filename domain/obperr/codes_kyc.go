package obperr

// KYC record errors. OBP has no code here: its mapped providers move a record to whichever
// customer last used its id. An id stays with its customer here; OBP-30990 is ours,
// outside OBP's allocated numbers.
var (
	KycIDAlreadyExists = &Code{"OBP-30990", 400, "KYC id already exists for another customer. Please specify a different value for KYC_DOCUMENT_ID, KYC_CHECK_ID or KYC_MEDIA_ID."}
)
