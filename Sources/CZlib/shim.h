#ifndef NSSKIOSK_CZLIB_SHIM_H
#define NSSKIOSK_CZLIB_SHIM_H
/* zlib, to inflate the FlateDecode streams of a PDF when verifying it. */
#include <zlib.h>

/* inflateInit is a macro over inflateInit_; Swift cannot import it. */
static inline int cz_inflate_init(z_stream *stream) { return inflateInit(stream); }
#endif
