// Fanbase segment builder: composes criteria JSON from the rule catalog the server renders
// into #builder[data-catalog], keeps it in the form's hidden "criteria" field and fires
// "criteria-changed" so htmx posts it for a preview. Validation is the server's: its
// problems come back with JSON pointers, and each is shown beside the rule it names.
(function () {
	'use strict';

	let catalog;
	let form;
	let counter = 0;

	function element(tag, attributes, children) {
		const node = document.createElement(tag);
		Object.entries(attributes || {}).forEach(([name, value]) => {
			if (name === 'text') {
				node.textContent = value;
			} else if (value !== null && value !== undefined) {
				node.setAttribute(name, value);
			}
		});
		(children || []).forEach((child) => node.appendChild(child));
		return node;
	}

	function button(label, action, extra) {
		return element('button', Object.assign({ type: 'button', class: 'button small', 'data-action': action, text: label }, extra));
	}

	function fieldOf(name) {
		return catalog.fields.find((field) => field.name === name) || catalog.fields[0];
	}

	// --- building the tree ---------------------------------------------------------------

	function group(match, nested) {
		const id = 'match-' + (++counter);
		const select = element('select', { class: 'match', id }, ['all', 'any'].map((value) =>
			element('option', { value, text: value === 'all' ? 'all' : 'any' })));
		select.value = match || 'all';
		const head = element('div', { class: 'group-head' }, [
			element('label', { for: id, text: 'Match' }), select, element('span', { class: 'muted', text: 'of these conditions' })]);
		if (nested) {
			head.appendChild(negateToggle());
			head.appendChild(button('Remove group', 'remove', { 'aria-label': 'Remove this group' }));
		}
		return element('div', { class: 'group', 'data-kind': 'group', role: 'group', 'aria-label': 'Condition group' }, [
			head,
			element('div', { class: 'group-body' }),
			element('div', { class: 'group-actions' }, [
				button('+ Condition', 'add-rule'), button('+ Group', 'add-group')])]);
	}

	function negateToggle() {
		const id = 'not-' + (++counter);
		const box = element('input', { type: 'checkbox', class: 'negate', id });
		return element('span', {}, [box, element('label', { for: id, text: ' not' })]);
	}

	function rule(spec) {
		const field = fieldOf(spec && spec.field);
		const fieldSelect = element('select', { class: 'field', 'aria-label': 'Field' });
		const groups = new Map();
		catalog.fields.forEach((entry) => {
			if (!groups.has(entry.group)) {
				groups.set(entry.group, element('optgroup', { label: entry.group }));
				fieldSelect.appendChild(groups.get(entry.group));
			}
			groups.get(entry.group).appendChild(element('option', { value: entry.name, text: entry.label }));
		});
		fieldSelect.value = field.name;
		const node = element('div', { class: 'rule', 'data-kind': 'rule' }, [
			negateToggle(), fieldSelect, element('select', { class: 'operator', 'aria-label': 'Operator' }),
			element('span', { class: 'value' }),
			button('✕', 'remove', { 'aria-label': 'Remove this condition', title: 'Remove' })]);
		operators(node, spec && spec.operator);
		values(node, spec ? spec.value : undefined);
		return node;
	}

	function operators(node, preferred) {
		const field = fieldOf(node.querySelector('.field').value);
		const select = node.querySelector('.operator');
		select.replaceChildren(...field.operators.map((operator) =>
			element('option', { value: operator.token, text: operator.label })));
		if (field.operators.some((operator) => operator.token === preferred)) {
			select.value = preferred;
		}
	}

	function listText(value) {
		return Array.isArray(value) ? value.join(', ') : (value === undefined || value === null ? '' : String(value));
	}

	function values(node, value) {
		const field = fieldOf(node.querySelector('.field').value);
		const operator = node.querySelector('.operator').value;
		const box = node.querySelector('.value');
		const text = (placeholder, content, label) => element('input', {
			type: 'text', class: 'value-input', placeholder, 'aria-label': label || 'Value', value: content });
		box.replaceChildren();
		switch (field.kind) {
			case 'NUMBER':
				if (operator === 'between') {
					const range = Array.isArray(value) ? value : [];
					box.append(text('low', listText(range[0]), 'Lowest value'), element('span', { text: 'and' }),
						text('high', listText(range[1]), 'Highest value'));
				} else {
					box.append(text('number', listText(value)));
				}
				break;
			case 'RECENCY':
				box.append(text('days', listText(value), 'Days'), element('span', { class: 'muted', text: 'days' }));
				break;
			case 'FLAG': {
				const select = element('select', { class: 'value-input', 'aria-label': 'Value' }, [
					element('option', { value: 'true', text: 'yes' }), element('option', { value: 'false', text: 'no' })]);
				select.value = value === false ? 'false' : 'true';
				box.append(select);
				break;
			}
			case 'SEGMENT': {
				const select = element('select', { class: 'value-input', 'aria-label': 'Segment' },
					catalog.segments.map((segment) => element('option', { value: String(segment.id), text: segment.name })));
				if (catalog.segments.length === 0) {
					select.appendChild(element('option', { value: '', text: 'no segments yet' }));
				}
				if (value !== undefined && value !== null) {
					select.value = String(value);
				}
				box.append(select);
				break;
			}
			case 'PLACE':
				box.append(text(operator === 'is' ? 'e.g. Berlin' : 'comma-separated', listText(value)));
				break;
			default:
				box.append(text(field.name === 'preferred_days' ? catalog.weekdays.join(', ')
					: field.kind === 'EVENT_SET' ? 'event ids, comma-separated' : 'comma-separated', listText(value)));
		}
	}

	function load(spec, nested) {
		if (spec && spec.not !== undefined) {
			const inner = load(spec.not, true);
			inner.querySelector(':scope > .negate, :scope > span > .negate, :scope > .group-head .negate').checked = true;
			inner.classList.add('negated');
			return inner;
		}
		if (spec && (spec.rules !== undefined || spec.match !== undefined)) {
			const node = group(spec.match, nested);
			(spec.rules || []).forEach((child) => node.querySelector(':scope > .group-body').appendChild(load(child, true)));
			return node;
		}
		return rule(spec);
	}

	// --- reading the tree into criteria JSON ---------------------------------------------

	function number(text) {
		const trimmed = text.trim();
		if (trimmed === '') {
			return null;
		}
		const parsed = Number(trimmed);
		return Number.isFinite(parsed) ? parsed : trimmed;
	}

	function list(text, numeric) {
		return text.split(',').map((part) => part.trim()).filter((part) => part !== '')
			.map((part) => (numeric ? number(part) : part));
	}

	function valueOf(node) {
		const field = fieldOf(node.querySelector('.field').value);
		const operator = node.querySelector('.operator').value;
		const inputs = [...node.querySelectorAll('.value .value-input')].map((input) => input.value);
		switch (field.kind) {
			case 'NUMBER':
				return operator === 'between' ? [number(inputs[0]), number(inputs[1])] : number(inputs[0]);
			case 'RECENCY':
				return number(inputs[0]);
			case 'FLAG':
				return inputs[0] === 'true';
			case 'SEGMENT':
				return number(inputs[0] || '');
			case 'PLACE':
				return operator === 'is' ? inputs[0].trim() : list(inputs[0], false);
			case 'EVENT_SET':
				return list(inputs[0], true);
			default:
				return list(inputs[0], false);
		}
	}

	function negated(node) {
		const box = node.classList.contains('group')
			? node.querySelector(':scope > .group-head .negate') : node.querySelector(':scope > span > .negate');
		return box !== null && box.checked;
	}

	function read(node, pointer) {
		node.dataset.outerPointer = pointer;
		const not = negated(node);
		const inner = not ? pointer + '/not' : pointer;
		node.dataset.pointer = inner;
		node.classList.toggle('negated', not);
		let criteria;
		if (node.dataset.kind === 'group') {
			criteria = {
				match: node.querySelector(':scope > .group-head .match').value,
				rules: [...node.querySelector(':scope > .group-body').children]
					.map((child, i) => read(child, inner + '/rules/' + i))
			};
		} else {
			criteria = { field: node.querySelector('.field').value, operator: node.querySelector('.operator').value, value: valueOf(node) };
		}
		return not ? { not: criteria } : criteria;
	}

	function changed() {
		const root = document.querySelector('#builder > .group');
		form.querySelector('#criteria-json').value = JSON.stringify(read(root, '/criteria'));
		form.dispatchEvent(new CustomEvent('criteria-changed', { bubbles: true }));
	}

	// --- problems beside their rules -----------------------------------------------------

	function owner(pointer) {
		let best = null;
		form.querySelectorAll('[data-pointer]:not(.problem)').forEach((candidate) => {
			[candidate.dataset.pointer, candidate.dataset.outerPointer].forEach((own) => {
				if (own !== undefined && (pointer === own || pointer.startsWith(own + '/'))
						&& (best === null || own.length > best.length)) {
					best = { node: candidate, length: own.length, rest: pointer.substring(own.length) };
				}
			});
		});
		return best;
	}

	function showProblems() {
		form.querySelectorAll('.rule-error').forEach((node) => node.remove());
		form.querySelectorAll('[aria-invalid]').forEach((node) => {
			node.removeAttribute('aria-invalid');
			node.removeAttribute('aria-describedby');
		});
		const shown = new Set();
		document.querySelectorAll('#preview-result .problem[data-pointer], #save-result .problem[data-pointer]').forEach((problem) => {
			const found = owner(problem.dataset.pointer);
			const key = problem.dataset.pointer + ' ' + problem.dataset.message;
			if (!found || shown.has(key)) {
				return;
			}
			shown.add(key);
			const id = 'problem-' + (++counter);
			const note = element('p', { class: 'rule-error', id, text: problem.dataset.message });
			const node = found.node;
			if (node.dataset.kind === 'group') {
				node.querySelector(':scope > .group-head').after(note);
			} else {
				node.appendChild(note);
			}
			const control = found.rest.startsWith('/field') ? node.querySelector('.field')
				: found.rest.startsWith('/operator') ? node.querySelector('.operator')
					: node.dataset.kind === 'rule' ? node.querySelector('.value-input') : node.querySelector('input, select');
			if (control) {
				control.setAttribute('aria-invalid', 'true');
				control.setAttribute('aria-describedby', id);
			}
		});
	}

	// --- events --------------------------------------------------------------------------

	function onClick(event) {
		const target = event.target.closest('[data-action]');
		if (!target) {
			return;
		}
		const action = target.dataset.action;
		const container = target.closest('.group, .rule');
		if (action === 'remove') {
			container.remove();
		} else {
			const body = container.querySelector(':scope > .group-body');
			const added = action === 'add-group' ? group('any', true) : rule(null);
			if (action === 'add-group') {
				added.querySelector(':scope > .group-body').appendChild(rule(null));
			}
			body.appendChild(added);
			(added.querySelector('select.field') || added).focus();
		}
		changed();
	}

	function onChange(event) {
		const node = event.target.closest('.rule');
		if (node && event.target.classList.contains('field')) {
			operators(node, node.querySelector('.operator').value);
			values(node, undefined);
		} else if (node && event.target.classList.contains('operator')) {
			const kept = [...node.querySelectorAll('.value .value-input')].map((input) => input.value);
			values(node, undefined);
			node.querySelectorAll('.value .value-input').forEach((input, i) => {
				if (kept[i] !== undefined && input.tagName === 'INPUT') {
					input.value = kept[i];
				}
			});
		}
		changed();
	}

	document.addEventListener('DOMContentLoaded', () => {
		const builder = document.getElementById('builder');
		if (!builder) {
			return;
		}
		form = builder.closest('form');
		catalog = JSON.parse(builder.dataset.catalog);
		builder.replaceChildren(load(JSON.parse(builder.dataset.initial), false));
		builder.addEventListener('click', onClick);
		builder.addEventListener('change', onChange);
		builder.addEventListener('input', (event) => {
			if (event.target.matches('input[type=text]')) {
				changed();
			}
		});
		form.addEventListener('submit', (event) => event.preventDefault());
		document.body.addEventListener('htmx:load', showProblems);
		changed();
	});
})();
