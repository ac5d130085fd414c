import {describe, expect, test} from 'vitest';
import {blockText, runsText} from '../../source/article/article.js';

describe('runsText', () => {
	test('joins runs in order', () => {
		expect(runsText([{type: 'text', text: '甲'}, {type: 'strong', text: '乙'}, {type: 'link', text: '丙', href: 'https://x/'}])).toBe('甲乙丙');
	});
});

describe('blockText', () => {
	test('text blocks give their text, media none', () => {
		expect(blockText({type: 'quote', runs: [{type: 'text', text: '引'}]})).toBe('引');
		expect(blockText({type: 'image', alt: 'a', src: ''})).toBeNull();
	});
});
