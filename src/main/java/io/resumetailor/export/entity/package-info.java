/** Export formats, rendered files and the layout blocks they are drawn from. */
package io.resumetailor.export.entity;
