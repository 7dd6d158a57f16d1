/** The export endpoints under resumes and generations, and the metered export facade. */
package io.resumetailor.export.boundary;
