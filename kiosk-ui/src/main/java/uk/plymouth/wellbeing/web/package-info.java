/**
 * What every answer of the web server shares, whoever gives it: which proxies may speak for the browser
 * ({@code X-Forwarded-*}), the security headers, and what an address that leads nowhere gets.
 */
@NullMarked
package uk.plymouth.wellbeing.web;

import org.jspecify.annotations.NullMarked;
