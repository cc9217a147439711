# Starred expression target in an invalid position.
*a = [1, 2]
