package io.resumetailor.resumes.control;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * What a paragraph style says about size, weight, heading level and all capitals, following the
 * style's {@code basedOn} chain: most resumes format their headings and names through
 * styles ("Heading 1", "Title"), not on the runs themselves.
 */
final class DocxStyles {

    private static final Pattern HEADING = Pattern.compile("(?iu)^(?:heading|überschrift|titre|título|encabezado|заголовок)\\s*(\\d)$");
    private static final Pattern TITLE = Pattern.compile("(?iu)^(?:title|titel|titre|título|название)$");

    private final XWPFStyles styles;
    private final float defaultSize;
    private final Map<String, float[]> resolved = new HashMap<>();

    DocxStyles(XWPFDocument document) {
        this.styles = document.getStyles();
        float size = 11;
        try {
            if (styles != null && styles.getDefaultRunStyle() != null && styles.getDefaultRunStyle().getFontSizeAsDouble() != null) {
                size = styles.getDefaultRunStyle().getFontSizeAsDouble().floatValue();
            }
        } catch (RuntimeException e) {
            // a damaged default style: keep Word's own default
        }
        this.defaultSize = size;
    }

    float defaultSize() {
        return defaultSize;
    }

    /** {size in points (0 = not set), bold (1/0/-1 not set), outline level (-1 none), all capitals (1/0/-1 not set)} of a paragraph style. */
    float[] of(String styleId) {
        if (styleId == null || styles == null) {
            return new float[]{0, -1, -1, -1};
        }
        return resolved.computeIfAbsent(styleId, this::resolve);
    }

    private float[] resolve(String styleId) {
        float size = 0;
        float bold = -1;
        float outline = -1;
        float caps = -1;
        String id = styleId;
        for (int depth = 0; depth < 10 && id != null; depth++) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                break;
            }
            if (outline < 0 && style.getName() != null) {
                String name = style.getName().strip().toLowerCase(Locale.ROOT);
                Matcher heading = HEADING.matcher(name);
                outline = heading.matches() ? Integer.parseInt(heading.group(1)) : TITLE.matcher(name).matches() ? 0 : -1;
            }
            CTRPr run = style.getCTStyle().getRPr();
            if (run != null) {
                if (size == 0 && run.sizeOfSzArray() > 0 && run.getSzArray(0).getVal() instanceof BigInteger halfPoints) {
                    size = halfPoints.floatValue() / 2;
                }
                if (bold < 0 && run.sizeOfBArray() > 0) {
                    bold = on(run.getBArray(0)) ? 1 : 0;
                }
                if (caps < 0 && run.sizeOfCapsArray() > 0) {
                    caps = on(run.getCapsArray(0)) ? 1 : 0;
                }
            }
            id = style.getBasisStyleID();
        }
        return new float[]{size, bold, outline, caps};
    }

    static boolean on(CTOnOff value) {
        Object val = value.getVal();
        return val == null || !("0".equals(String.valueOf(val)) || "false".equalsIgnoreCase(String.valueOf(val))
                || "off".equalsIgnoreCase(String.valueOf(val)));
    }
}
