/* oxpy: macOS universal-build adjustments; nothing to do on Linux. */
#ifndef PYMACCONFIG_H
#define PYMACCONFIG_H
#endif /* PYMACCONFIG_H */
