package role

// The roles the server checks. Bank roles are held at one bank; system roles system-wide.
var (
	CanCreateBank = System("CanCreateBank")

	CanCreateAccount               = Bank("CanCreateAccount")
	CanCreateHistoricalTransaction = System("CanCreateHistoricalTransaction")

	CanCreateAnyTransactionRequest             = Bank("CanCreateAnyTransactionRequest")
	CanGetDoubleEntryTransactionAtOneBank      = Bank("CanGetDoubleEntryTransactionAtOneBank")
	CanGetDoubleEntryTransactionAtAnyBank      = System("CanGetDoubleEntryTransactionAtAnyBank")
	CanCreateAccountAttributeAtOneBank         = Bank("CanCreateAccountAttributeAtOneBank")
	CanReadNotificationOutbox                  = System("CanReadNotificationOutbox")
	CanUpdateTransactionRequestStatusAtAnyBank = System("CanUpdateTransactionRequestStatusAtAnyBank")
	CanCreateHistoricalTransactionAtBank       = Bank("CanCreateHistoricalTransactionAtBank")

	CanGetAnyUser           = System("CanGetAnyUser")
	CanLockUser             = System("CanLockUser")
	CanUnlockUser           = System("CanUnlockUser")
	CanReadUserLockedStatus = System("CanReadUserLockedStatus")

	CanCreateConsumer            = System("CanCreateConsumer")
	CanGetConsumers              = System("CanGetConsumers")
	CanEnableConsumers           = System("CanEnableConsumers")
	CanDisableConsumers          = System("CanDisableConsumers")
	CanUpdateConsumerRedirectURL = System("CanUpdateConsumerRedirectUrl")
	CanSetCallLimits             = System("CanSetCallLimits")
	CanReadCallLimits            = System("CanReadCallLimits")

	CanCreateEntitlementAtAnyBank         = System("CanCreateEntitlementAtAnyBank")
	CanCreateEntitlementAtOneBank         = Bank("CanCreateEntitlementAtOneBank")
	CanDeleteEntitlementAtAnyBank         = System("CanDeleteEntitlementAtAnyBank")
	CanDeleteEntitlementAtOneBank         = Bank("CanDeleteEntitlementAtOneBank")
	CanGetEntitlementsForAnyUserAtAnyBank = System("CanGetEntitlementsForAnyUserAtAnyBank")
	CanGetEntitlementsForAnyUserAtOneBank = Bank("CanGetEntitlementsForAnyUserAtOneBank")
	CanGetEntitlementRequestsAtAnyBank    = System("CanGetEntitlementRequestsAtAnyBank")
	CanDeleteEntitlementRequestsAtAnyBank = System("CanDeleteEntitlementRequestsAtAnyBank")

	CanCreateCustomer                   = Bank("CanCreateCustomer")
	CanCreateCustomerAtAnyBank          = System("CanCreateCustomerAtAnyBank")
	CanGetCustomers                     = Bank("CanGetCustomers")
	CanGetCustomersAtAnyBank            = System("CanGetCustomersAtAnyBank")
	CanGetCustomer                      = Bank("CanGetCustomer")
	CanCreateUserCustomerLink           = Bank("CanCreateUserCustomerLink")
	CanCreateUserCustomerLinkAtAnyBank  = System("CanCreateUserCustomerLinkAtAnyBank")
	CanGetUserCustomerLink              = Bank("CanGetUserCustomerLink")
	CanGetUserCustomerLinkAtAnyBank     = System("CanGetUserCustomerLinkAtAnyBank")
	CanDeleteUserCustomerLink           = Bank("CanDeleteUserCustomerLink")
	CanDeleteUserCustomerLinkAtAnyBank  = System("CanDeleteUserCustomerLinkAtAnyBank")
	CanCreateCustomerAttributeAtOneBank = Bank("CanCreateCustomerAttributeAtOneBank")
	CanGetCustomerAttributesAtOneBank   = Bank("CanGetCustomerAttributesAtOneBank")

	CanAddKycCheck        = Bank("CanAddKycCheck")
	CanAddKycDocument     = Bank("CanAddKycDocument")
	CanAddKycMedia        = Bank("CanAddKycMedia")
	CanAddKycStatus       = Bank("CanAddKycStatus")
	CanGetAnyKycChecks    = System("CanGetAnyKycChecks")
	CanGetAnyKycDocuments = System("CanGetAnyKycDocuments")
	CanGetAnyKycMedia     = System("CanGetAnyKycMedia")
	CanGetAnyKycStatuses  = System("CanGetAnyKycStatuses")

	CanCreateCounterparty          = Bank("CanCreateCounterparty")
	CanCreateCounterpartyAtAnyBank = System("CanCreateCounterpartyAtAnyBank")
	CanGetCounterparty             = Bank("CanGetCounterparty")
	CanGetCounterpartyAtAnyBank    = System("CanGetCounterpartyAtAnyBank")
	CanGetCounterparties           = Bank("CanGetCounterparties")
	CanGetCounterpartiesAtAnyBank  = System("CanGetCounterpartiesAtAnyBank")
	CanDeleteCounterparty          = Bank("CanDeleteCounterparty")
	CanDeleteCounterpartyAtAnyBank = System("CanDeleteCounterpartyAtAnyBank")

	CanRevokeConsentAtBank                 = Bank("CanRevokeConsentAtBank")
	CanGetConsentsAtOneBank                = Bank("CanGetConsentsAtOneBank")
	CanGetConsentsAtAnyBank                = System("CanGetConsentsAtAnyBank")
	CanUpdateConsentStatusAtOneBank        = Bank("CanUpdateConsentStatusAtOneBank")
	CanUpdateConsentStatusAtAnyBank        = System("CanUpdateConsentStatusAtAnyBank")
	CanUpdateConsentAccountAccessAtOneBank = Bank("CanUpdateConsentAccountAccessAtOneBank")
	CanUpdateConsentAccountAccessAtAnyBank = System("CanUpdateConsentAccountAccessAtAnyBank")

	CanCreateUserAuthContext = System("CanCreateUserAuthContext")
	CanGetUserAuthContext    = System("CanGetUserAuthContext")
	CanDeleteUserAuthContext = System("CanDeleteUserAuthContext")

	CanGetMethodRoutings   = System("CanGetMethodRoutings")
	CanCreateMethodRouting = System("CanCreateMethodRouting")
	CanUpdateMethodRouting = System("CanUpdateMethodRouting")
	CanDeleteMethodRouting = System("CanDeleteMethodRouting")

	CanCreateJSONSchemaValidation         = System("CanCreateJsonSchemaValidation")
	CanUpdateJSONSchemaValidation         = System("CanUpdateJsonSchemaValidation")
	CanGetJSONSchemaValidation            = System("CanGetJsonSchemaValidation")
	CanDeleteJSONSchemaValidation         = System("CanDeleteJsonSchemaValidation")
	CanCreateAuthenticationTypeValidation = System("CanCreateAuthenticationTypeValidation")
	CanUpdateAuthenticationTypeValidation = System("CanUpdateAuthenticationTypeValidation")
	CanGetAuthenticationTypeValidation    = System("CanGetAuthenticationTypeValidation")
	CanDeleteAuthenticationValidation     = System("CanDeleteAuthenticationValidation") // sic, OBP's name

	// Ours: registers an app as a KYC partner at a bank (the submission pipeline).
	CanManageKycPartners = Bank("CanManageKycPartners")

	// Ours: a relying party (an app's user) starts and reads TMS at a bank (the tenant);
	// the bank's staff list and revoke its users' TMS devices.
	CanUseTmsAtOneBank          = Bank("CanUseTmsAtOneBank")
	CanGetTmsDevicesAtOneBank   = Bank("CanGetTmsDevicesAtOneBank")
	CanRevokeTmsDeviceAtOneBank = Bank("CanRevokeTmsDeviceAtOneBank")

	// Ours: a relying party (an app's user) verifies sealed OTPs of the bank's users
	// through the inWebo-compatible GET /FS.
	CanVerifySealsAtOneBank = Bank("CanVerifySealsAtOneBank")

	// Ours: creates TKEY7-style scoped access tokens for users at a bank, limited to
	// accounts the holder of the role has access to.
	CanCreateScopedAccessToken = Bank("CanCreateScopedAccessToken")
)

// declared are the roles the server's code names, in the order GET /roles shows them first.
var declared = []Role{
	CanCreateBank, CanCreateAccount, CanCreateHistoricalTransaction, CanCreateAnyTransactionRequest,
	CanGetDoubleEntryTransactionAtOneBank, CanGetDoubleEntryTransactionAtAnyBank, CanCreateAccountAttributeAtOneBank,
	CanReadNotificationOutbox, CanUpdateTransactionRequestStatusAtAnyBank, CanCreateHistoricalTransactionAtBank,
	CanGetAnyUser, CanLockUser, CanUnlockUser, CanReadUserLockedStatus,
	CanCreateConsumer, CanGetConsumers, CanEnableConsumers, CanDisableConsumers, CanUpdateConsumerRedirectURL,
	CanSetCallLimits, CanReadCallLimits,
	CanCreateEntitlementAtAnyBank, CanCreateEntitlementAtOneBank, CanDeleteEntitlementAtAnyBank,
	CanGetEntitlementsForAnyUserAtAnyBank, CanGetEntitlementsForAnyUserAtOneBank,
	CanGetEntitlementRequestsAtAnyBank, CanDeleteEntitlementRequestsAtAnyBank,
	CanCreateCustomer, CanCreateCustomerAtAnyBank, CanGetCustomers, CanGetCustomersAtAnyBank, CanGetCustomer,
	CanCreateUserCustomerLink, CanCreateUserCustomerLinkAtAnyBank, CanGetUserCustomerLink, CanGetUserCustomerLinkAtAnyBank,
	CanDeleteUserCustomerLink, CanDeleteUserCustomerLinkAtAnyBank,
	CanCreateCustomerAttributeAtOneBank, CanGetCustomerAttributesAtOneBank,
	CanAddKycCheck, CanAddKycDocument, CanAddKycMedia, CanAddKycStatus,
	CanGetAnyKycChecks, CanGetAnyKycDocuments, CanGetAnyKycMedia, CanGetAnyKycStatuses,
	CanCreateCounterparty, CanCreateCounterpartyAtAnyBank, CanGetCounterparty, CanGetCounterpartyAtAnyBank,
	CanGetCounterparties, CanGetCounterpartiesAtAnyBank, CanDeleteCounterparty, CanDeleteCounterpartyAtAnyBank,
	CanCreateSystemView, CanGetSystemView, CanUpdateSystemView, CanDeleteSystemView,
	CanRevokeConsentAtBank, CanGetConsentsAtOneBank, CanGetConsentsAtAnyBank,
	CanUpdateConsentStatusAtOneBank, CanUpdateConsentStatusAtAnyBank,
	CanUpdateConsentAccountAccessAtOneBank, CanUpdateConsentAccountAccessAtAnyBank,
	CanCreateUserAuthContext, CanGetUserAuthContext, CanDeleteUserAuthContext,
	CanGetMethodRoutings, CanCreateMethodRouting, CanUpdateMethodRouting, CanDeleteMethodRouting,
	CanCreateJSONSchemaValidation, CanUpdateJSONSchemaValidation, CanGetJSONSchemaValidation, CanDeleteJSONSchemaValidation,
	CanCreateAuthenticationTypeValidation, CanUpdateAuthenticationTypeValidation, CanGetAuthenticationTypeValidation,
	CanDeleteAuthenticationValidation,
	CanManageKycPartners,
	CanUseTmsAtOneBank, CanGetTmsDevicesAtOneBank, CanRevokeTmsDeviceAtOneBank,
	CanVerifySealsAtOneBank,
	CanCreateScopedAccessToken,
}

// Lookup finds a role by its wire name.
func Lookup(name string) (Role, bool) {
	for _, r := range All {
		if r.Name == name {
			return r, true
		}
	}
	return Role{}, false
}

// Names lists every role name, for error messages.
func Names() []string {
	out := make([]string, len(All))
	for i, r := range All {
		out[i] = r.Name
	}
	return out
}
