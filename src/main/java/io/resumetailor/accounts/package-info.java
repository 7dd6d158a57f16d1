/**
 * Accounts: the signed-in user's own account as a whole ({@code /api/me}): who I am with
 * profile completeness and today's usage, all my data as one JSON document, and deleting
 * the account. A composition on top of the business components: it asks each one's
 * boundary for what it keeps of the user, and none of them knows it.
 */
package io.resumetailor.accounts;
