import _statistics
print(_statistics._normal_dist_inv_cdf(0.25, 10.0, 2.0), _statistics._normal_dist_inv_cdf(0.5, 0.0, 1.0))
