package port

// The connector methods by the names adapters and method routings use: OBP's own
// (Connector.scala) where OBP has the method, ours (documented in the message docs)
// where the domain needs what OBP's messages lack. Each port method is served by one.
const (
	GetBank            = "getBank"
	GetBanks           = "getBanks"
	CreateOrUpdateBank = "createOrUpdateBank"

	CheckBankAccountExists         = "checkBankAccountExists" // GetBankAccount
	GetBankAccounts                = "getBankAccounts"
	GetAccountsHeld                = "getAccountsHeld"       // GetAccountsHeld at one bank
	GetAccountsHeldByUser          = "getAccountsHeldByUser" // GetAccountsHeld at every bank
	CreateBankAccount              = "createBankAccount"
	UpdateAccountLabel             = "updateAccountLabel"
	GetAccountAttributesByAccount  = "getAccountAttributesByAccount" // GetAccountAttributes
	CreateOrUpdateAccountAttribute = "createOrUpdateAccountAttribute"
	GetBankAccountByRouting        = "getBankAccountByRouting"
	GetChallengeThreshold          = "getChallengeThreshold"
	GetOrCreateSettlementAccount   = "getOrCreateSettlementAccount" // ours: GetSettlementAccount

	GetTransactions                  = "getTransactions"
	GetTransaction                   = "getTransaction"
	MakePaymentv210                  = "makePaymentv210" // MakePayment
	GetDoubleEntryBookTransaction    = "getDoubleEntryBookTransaction"
	GetCounterpartiesFromTransaction = "getCounterpartiesFromTransaction" // GetCounterpartiesFromTransactions
	GetTransferOutcome               = "getTransferOutcome"               // ours: DebitLegOf, the reconciler's getter

	CreateCounterparty                 = "createCounterparty"
	GetCounterparties                  = "getCounterparties"
	GetCounterpartyByCounterpartyID    = "getCounterpartyByCounterpartyId"
	CheckCounterpartyExists            = "checkCounterpartyExists" // GetCounterpartyByName
	DeleteCounterpartyByCounterpartyID = "deleteCounterpartyByCounterpartyId"

	CreateCustomer                    = "createCustomerC2" // OBP's createCustomer has no customer number
	GetCustomers                      = "getCustomers"
	GetCustomerByCustomerID           = "getCustomerByCustomerId"
	GetCustomersByUserID              = "getCustomersByUserId"
	CheckCustomerNumberAvailable      = "checkCustomerNumberAvailable"
	CreateUserCustomerLink            = "createUserCustomerLink"           // ours: OBP keeps user-customer links out of its connector
	GetUserCustomerLinksByUserID      = "getUserCustomerLinksByUserId"     // ours
	GetUserCustomerLinksByCustomerID  = "getUserCustomerLinksByCustomerId" // ours
	GetUserCustomerLink               = "getUserCustomerLinkById"          // ours
	DeleteUserCustomerLink            = "deleteUserCustomerLink"           // ours
	CreateOrUpdateCustomerAttribute   = "createOrUpdateCustomerAttribute"
	GetCustomerAttributes             = "getCustomerAttributes"
	GetCustomerAttributesForCustomers = "getCustomerAttributesForCustomers"

	CreateOrUpdateKycDocument = "createOrUpdateKycDocument"
	CreateOrUpdateKycCheck    = "createOrUpdateKycCheck"
	CreateOrUpdateKycMedia    = "createOrUpdateKycMedia"
	CreateOrUpdateKycStatus   = "createOrUpdateKycStatus"
	GetKycDocuments           = "getKycDocuments"
	GetKycChecks              = "getKycChecks"
	GetKycMedias              = "getKycMedias"
	GetKycStatuses            = "getKycStatuses"
)

// Methods are every method name above: what a method routing may name.
var Methods = []string{
	GetBank, GetBanks, CreateOrUpdateBank,
	CheckBankAccountExists, GetBankAccounts, GetAccountsHeld, CreateBankAccount, UpdateAccountLabel,
	GetAccountAttributesByAccount, CreateOrUpdateAccountAttribute, GetBankAccountByRouting, GetChallengeThreshold,
	GetOrCreateSettlementAccount,
	GetTransactions, GetTransaction, MakePaymentv210, GetDoubleEntryBookTransaction, GetCounterpartiesFromTransaction,
	GetTransferOutcome,
	CreateCounterparty, GetCounterparties, GetCounterpartyByCounterpartyID, CheckCounterpartyExists,
	DeleteCounterpartyByCounterpartyID,
	CreateCustomer, GetCustomers, GetCustomerByCustomerID, GetCustomersByUserID, CheckCustomerNumberAvailable,
	CreateUserCustomerLink, GetUserCustomerLinksByUserID, GetUserCustomerLinksByCustomerID, GetUserCustomerLink,
	DeleteUserCustomerLink, CreateOrUpdateCustomerAttribute, GetCustomerAttributes, GetCustomerAttributesForCustomers,
	CreateOrUpdateKycDocument, CreateOrUpdateKycCheck, CreateOrUpdateKycMedia, CreateOrUpdateKycStatus,
	GetKycDocuments, GetKycChecks, GetKycMedias, GetKycStatuses,
}
