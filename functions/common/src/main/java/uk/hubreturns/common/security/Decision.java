package uk.hubreturns.common.security;

/** The answer of {@link AccessPolicy}: allowed, allowed only for a signed-off quarter (partners), or refused. */
public enum Decision {
    ALLOW,
    ALLOW_IF_SIGNED_OFF,
    DENY
}
