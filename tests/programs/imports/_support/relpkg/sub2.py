sub2_value = "sub2 value"
