package io.resumetailor.export.entity;

/** One element of the printed resume, in reading order; every format renders the same plan. */
public sealed interface Block {

    String text();

    /** The person's name. */
    record Title(String text) implements Block {
    }

    /** A contact line; {@code link} makes it clickable. */
    record Contact(String text, String link) implements Block {
    }

    /** A section heading: Summary, Experience, Education... */
    record Heading(String text) implements Block {
    }

    /** An entry heading: "Position at Company". */
    record Subheading(String text) implements Block {
    }

    record Text(String text) implements Block {
    }

    record Bullet(String text) implements Block {
    }
}
