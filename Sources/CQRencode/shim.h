#ifndef NSSKIOSK_CQRENCODE_SHIM_H
#define NSSKIOSK_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
