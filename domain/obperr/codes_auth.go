package obperr

// Authentication and authorisation errors (OBP-20xxx).
var (
	UserNotLoggedIn                   = &Code{"OBP-20001", 401, "User not logged in. Authentication is required!"}
	DirectLoginMissingParameters      = &Code{"OBP-20002", 400, "These DirectLogin parameters are missing:"}
	DirectLoginInvalidToken           = &Code{"OBP-20003", 401, "This DirectLogin token is invalid or expired:"}
	InvalidLoginCredentials           = &Code{"OBP-20004", 401, "Invalid login credentials. Check username/password."}
	UserNotFoundByID                  = &Code{"OBP-20005", 404, "User not found. Please specify a valid value for USER_ID."}
	UserHasMissingRoles               = &Code{"OBP-20006", 403, "User is missing one or more roles:"}
	InvalidConsumerKey                = &Code{"OBP-20008", 401, "Invalid Consumer Key."}
	UsernameHasBeenLocked             = &Code{"OBP-20013", 401, "The account has been locked, please contact an administrator!"}
	ConsumerNotFoundByID              = &Code{"OBP-20024", 404, "Consumer not found. Please specify a valid value for CONSUMER_ID."}
	UserNotFoundByProviderAndUsername = &Code{"OBP-20027", 404, "User not found by provider and username."}
	ConsumerIsDisabled                = &Code{"OBP-20058", 401, "Consumer is disabled."}
	InvalidAuthorizationHeader        = &Code{"OBP-20080", 400, "Authorization Header format is not supported at this instance."}
	MissingDirectLoginHeader          = &Code{"OBP-20082", 400, "Missing DirectLogin or Authorization header."}
	InvalidDirectLoginHeader          = &Code{"OBP-20083", 400, "Missing DirectLogin word at the value of Authorization header."}
	ApplicationNotIdentified          = &Code{"OBP-20200", 401, "The application cannot be identified."}
	DuplicateUsername                 = &Code{"OBP-20258", 409, "Duplicate Username. Cannot create Username because it already exists."}
)

// Entitlement and user-record errors (OBP-30xxx).
var (
	EntitlementIsBankRole           = &Code{"OBP-30205", 400, "This entitlement is a Bank Role. Please set bank_id to a valid bank id."}
	EntitlementIsSystemRole         = &Code{"OBP-30206", 400, "This entitlement is a System Role. Please set bank_id to empty string."}
	InvalidStrongPasswordFormat     = &Code{"OBP-30207", 400, "Invalid Password Format. Your password should EITHER be at least 10 characters long and contain mixed numbers and both upper and lower case letters and at least one special character, OR be between 17 and 512 characters."}
	EntitlementNotFound             = &Code{"OBP-30212", 404, "EntitlementId not found."}
	EntitlementRequestAlreadyExists = &Code{"OBP-30214", 400, "Entitlement Request already exists for the user."}
	EntitlementRequestNotFound      = &Code{"OBP-30215", 404, "EntitlementRequestId not found."}
	EntitlementAlreadyExists        = &Code{"OBP-30216", 400, "Entitlement already exists for the user."}
)
