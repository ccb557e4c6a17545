#ifndef NSSKIOSK_CCAIRO_SHIM_H
#define NSSKIOSK_CCAIRO_SHIM_H
/* cairo, its PDF surface and pango/pangocairo in one module.
 * The include paths come from `pkgConfig: "pangocairo"` in Package.swift. */
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

/* PANGO_SCALE conversions are macros; Swift cannot import them. */
static inline int pc_units_from_double(double d) { return pango_units_from_double(d); }
static inline double pc_units_to_double(int u) { return pango_units_to_double(u); }
#endif
