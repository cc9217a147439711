# Helper package for the imports/ test programs (not a test itself).
SUPPORT_INIT = "support package initialised"
