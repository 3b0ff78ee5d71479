// The one rule for URL handles (region slugs, indicator codes, zone slugs, framework keys).

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slugMaxLength = 80;
