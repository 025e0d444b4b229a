/**
 * Brevo: contact lists as export audiences, and for campaigns the lists, contact imports,
 * email campaigns, their statistics and the marketing webhook payloads.
 */
@NamedInterface("brevo")
package com.fanbase.platforms.brevo;

import org.springframework.modulith.NamedInterface;
