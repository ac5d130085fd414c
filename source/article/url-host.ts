/** The host part of a URL, for rules that depend on the site an article comes from. */

/**
The lower-case host of an absolute URL (no user, no port), '' when there is none.

@example
urlHost('https://CN.Reuters.com:443/article/x') // 'cn.reuters.com'
*/
export function urlHost(url: string | null): string {
	if (url === null) {
		return '';
	}

	const match = /^[a-z][a-z\d+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url);
	return (match?.[1] ?? '').toLowerCase();
}
