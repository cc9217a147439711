TAG = "relative ok"
